"""Text edits on generated Swift sources, for the benchmarks that compile a copy with a construct cut out."""
import re


def indent(line):
    return len(line) - len(line.lstrip(" "))


def drop_blocks(lines, starts, keep_header=False, replacement=None):
    """Removes each block whose first line matches `starts` (the lines indented deeper and its closing line)."""
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if re.search(starts, line):
            level = indent(line)
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or indent(lines[j]) > level):
                j += 1
            if j < len(lines) and indent(lines[j]) == level and lines[j].strip()[:1] in ")]}":
                closing = lines[j]
                j += 1
            else:
                closing = None
            if replacement is not None:
                out.append(replacement(line))
            elif keep_header:
                out.append(line)
                if closing is not None:
                    out.append(closing)
            i = j
            continue
        out.append(line)
        i += 1
    return out

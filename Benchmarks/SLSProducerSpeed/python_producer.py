"""The official SDK's side of Benchmarks/sls-producer-speed.sh: LOGS logs through Python's logging and the
aliyun-log-python-sdk's QueuedLogHandler (its background-sending handler, the SDK's producer for Python), to the
Log Service at ENDPOINT; prints one JSON line as the Swift side does.
Usage: python_producer.py ENDPOINT LOGS"""
import json
import logging
import resource
import sys
import time

from aliyun.log import LogFields, QueuedLogHandler

endpoint, total = sys.argv[1], int(sys.argv[2])


def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


handler = QueuedLogHandler(
    endpoint.split("://", 1)[-1], "bench-key", "bench-secret", "bench-project", "bench-logstore",
    # Seven fields of the record beside the three of each call: ten, as the Swift side sends.
    fields=[LogFields.record_name, LogFields.level, LogFields.func_name, LogFields.module, LogFields.file_path,
            LogFields.line_no],
    queue_size=total + 1, close_wait=600)
# The SDK reaches an IPv4 endpoint as it is (the project only in the Host header), but tells one only without a port
# (Util.is_row_ip("127.0.0.1:PORT") is false, and it would resolve bench-project.127.0.0.1): say it is one.
handler.create_client()
handler.client._isRowIp = True
logger = logging.getLogger("bench")
logger.propagate = False
logger.setLevel(logging.INFO)
logger.addHandler(handler)

started_cpu, started = cpu(), time.perf_counter()
for index in range(total):
    logger.info("request %d handled", index,
                extra={"request-id": str(index), "status": "200", "path": f"/api/items/{index % 100}"})
queued_in = time.perf_counter() - started
handler.stop()
wall = time.perf_counter() - started
used = cpu() - started_cpu
print(json.dumps({"logs": total, "wall_s": wall, "cpu_s": used, "logs_per_s": total / wall,
                  "cpu_ms_per_1000": used * 1000 / total * 1000, "enqueue_s": queued_in}))

#!/usr/bin/env python3
"""Alibaba Cloud's metadata service, offline: serves a corpus folder (<product>/<version>/api-docs.json) at the
addresses the real service uses (/meta/v1/products.json, each product's newest version its default, and
/meta/v1/products/{Code}/versions/{V}/api-docs.json), so the README's quick start runs in CI without a network.
Prints its URL on the first line of standard output.

Usage: metadata_mirror.py CORPUS_DIR
"""
import json
import os
import re
import sys

from loopback_http import Answering, serve


def catalog(corpus):
    products = []
    for folder in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, folder)
        if not os.path.isdir(path):
            continue
        versions = sorted(v for v in os.listdir(path) if os.path.isfile(os.path.join(path, v, "api-docs.json")))
        if not versions:
            continue
        with open(os.path.join(path, versions[-1], "api-docs.json"), encoding="utf-8") as handle:
            head = handle.read(512)
        code = re.search(r'"product"\s*:\s*"([^"]*)"', head)
        style = re.search(r'"style"\s*:\s*"([^"]*)"', head)
        products.append({
            "code": code.group(1) if code else folder, "name": folder, "shortName": None, "group": "corpus",
            "style": style.group(1) if style else "RPC", "versions": versions, "defaultVersion": versions[-1],
            "folder": folder,
        })
    return products


def main():
    corpus = sys.argv[1]
    products = catalog(corpus)
    listing = json.dumps([{k: v for k, v in p.items() if k != "folder"} for p in products]).encode()
    by_code = {p["code"].lower(): p for p in products}

    class Handler(Answering):
        def do_GET(self):
            path = self.path.split("?", 1)[0]
            if path == "/meta/v1/products.json":
                return self.answer(200, listing)
            match = re.fullmatch(r"/meta/v1/products/([^/]+)/versions/([^/]+)/api-docs.json", path)
            product = by_code.get(match.group(1).lower()) if match else None
            file = os.path.join(corpus, product["folder"], match.group(2), "api-docs.json") if product else None
            if not file or not os.path.isfile(file):
                return self.answer(404, b'{"code":"NotFound"}')
            with open(file, "rb") as handle:
                return self.answer(200, handle.read())

    serve(Handler)


if __name__ == "__main__":
    main()

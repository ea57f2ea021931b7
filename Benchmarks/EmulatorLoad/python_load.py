#!/usr/bin/env python3
"""python_load.py ENDPOINT THREADS REQUESTS: the official Python SDK's side of emulator-load.sh.

Sends REQUESTS DescribeImages calls with alibabacloud_ecs20140526 (V3, its default) from THREADS
threads, one client per thread, and prints one JSON line like emulator-load: requests per second,
p50 and p99 latency in milliseconds, errors, and the process's CPU time while the calls ran.
"""
import json
import os
import sys
import threading
import time

from alibabacloud_ecs20140526 import models as ecs
from alibabacloud_ecs20140526.client import Client
from alibabacloud_tea_openapi.models import Config
from darabonba.runtime import RuntimeOptions


def main():
    endpoint, threads, total = sys.argv[1].removeprefix('http://'), int(sys.argv[2]), int(sys.argv[3])
    latencies, errors, lock = [], [0], threading.Lock()

    def worker(share):
        client = Client(Config(
            access_key_id=os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID'],
            access_key_secret=os.environ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
            endpoint=endpoint, protocol='http', region_id='cn-hangzhou'))
        runtime = RuntimeOptions()
        request = ecs.DescribeImagesRequest(region_id='cn-hangzhou', page_size=10)
        mine, failed = [], 0
        for _ in range(share):
            began = time.perf_counter()
            try:
                client.describe_images_with_options(request, runtime)
                mine.append((time.perf_counter() - began) * 1000)
            except Exception:  # noqa: BLE001 - counted, like the Swift side
                failed += 1
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    shares = [total // threads + (1 if i < total % threads else 0) for i in range(threads)]
    workers = [threading.Thread(target=worker, args=(share,)) for share in shares]
    start, cpu_start = time.perf_counter(), time.process_time()
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    latencies.sort()

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))] if latencies else 0

    print(json.dumps({
        'cpu_s': cpu_seconds, 'errors': errors[0], 'p50_ms': percentile(0.5), 'p99_ms': percentile(0.99), 'requests': total,
        'rps': len(latencies) / seconds, 'seconds': seconds, 'tasks': threads}, sort_keys=True))


if __name__ == '__main__':
    main()

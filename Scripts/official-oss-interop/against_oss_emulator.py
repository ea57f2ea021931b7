#!/usr/bin/env python3
"""Drive Alibaba Cloud's official OSS v2 SDK for Python against the oss-emulator.

Usage: python3 against_oss_emulator.py PATH-TO-oss-emulator [PATH-TO-aliyun-oss]

Starts the emulator on a free loopback port, then calls it with alibabacloud_oss_v2 (pinned in
../official-oss-vectors/requirements.txt), path-style, signed with Signature V4 (the SDK's default), its CRC-64
checks on (the SDK compares every upload's and download's x-oss-hash-crc64ecma with its own): buckets, put, get,
range, head, listings with delimiters and paging, multipart by hand and through the SDK's uploader (parts in
parallel, CRC-64 combined), copy, presigned GET and PUT, delete, and an error of each kind surfacing as the SDK's
ServiceError with OSS's code and status, including a signature made with the wrong secret, an STS token missing, and
a presigned URL tampered with. With aliyun-oss (this project's command line, on the generated AliyunOSS client and
the transfer managers), each side reads what the other wrote: objects the SDK put are listed and downloaded by
aliyun-oss (CRC-64 checked), and a multipart upload by aliyun-oss is read back by the SDK (its CRC-64 compared).
Prints one line per check; exits 1 if any check fails.
"""

import datetime
import os
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import alibabacloud_oss_v2 as oss

KEY_ID = 'LTAI-oss-interop'
KEY_SECRET = 'oss-interop-secret'
REGION = 'cn-hangzhou'
BUCKET = 'interop-bucket'

failures = []


def check(name, condition, detail=''):
    print(f"{'ok' if condition else 'FAIL'}: {name}{'' if condition else ' -- ' + str(detail)}")
    if not condition:
        failures.append(name)


def start_emulator(executable, *extra):
    env = dict(os.environ)
    env['ALIBABA_CLOUD_ACCESS_KEY_ID'] = KEY_ID
    env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'] = KEY_SECRET
    env.pop('ALIBABA_CLOUD_SECURITY_TOKEN', None)
    process = subprocess.Popen([executable, '--host', '127.0.0.1', '--port', '0', *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = process.stdout.readline().strip()
    if not line.startswith('listening on '):
        process.kill()
        sys.exit(f'the emulator did not start: {line!r} {process.stderr.read()}')
    return process, line[len('listening on '):]


def client(url, secret=KEY_SECRET, token=None, signature_version=None):
    config = oss.config.load_default()
    if signature_version:
        config.signature_version = signature_version
    config.credentials_provider = oss.credentials.StaticCredentialsProvider(KEY_ID, secret, token)
    config.region = REGION
    config.endpoint = url
    config.use_path_style = True
    config.retry_max_attempts = 1
    return oss.Client(config)


def service_error(call):
    """The SDK's ServiceError a call raised (the operation error wraps it), or None."""
    try:
        call()
    except oss.exceptions.OperationError as error:
        inner = error.unwrap()
        return inner if isinstance(inner, oss.exceptions.ServiceError) else None
    return None


def pattern(length, seed):
    return bytes((i * 131 + seed) % 251 for i in range(length))


def cross_client(executable, aliyun_oss):
    """The official SDK and aliyun-oss (the generated client) read what the other wrote, on one emulator."""
    process, url = start_emulator(executable, '--bucket', BUCKET)
    env = dict(os.environ, ALIBABA_CLOUD_ACCESS_KEY_ID=KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET=KEY_SECRET)
    env.pop('ALIBABA_CLOUD_SECURITY_TOKEN', None)
    connection = ['--region', REGION, '--endpoint', url, '--path-style']

    def run(*arguments):
        return subprocess.run([aliyun_oss, *arguments, *connection], capture_output=True, text=True, env=env,
                              timeout=120)

    try:
        c = client(url)
        sdk_bytes = bytes(range(256)) * 1200  # 300 KiB
        c.put_object(oss.PutObjectRequest(bucket=BUCKET, key='from-sdk/data.bin', body=sdk_bytes,
                                          metadata={'writer': 'python'}))
        listing = run('ls', f'oss://{BUCKET}/from-sdk/')
        check('aliyun-oss lists the object the SDK wrote', listing.returncode == 0 and
              f'oss://{BUCKET}/from-sdk/data.bin' in listing.stdout, listing.stderr)
        with tempfile.TemporaryDirectory() as directory:
            downloaded = os.path.join(directory, 'data.bin')
            copy = run('cp', f'oss://{BUCKET}/from-sdk/data.bin', downloaded, '--part-size', str(100 * 1024))
            check('aliyun-oss downloads it in ranges, CRC-64 checked', copy.returncode == 0, copy.stderr)
            with open(downloaded, 'rb') as f:
                check('the bytes aliyun-oss read are the bytes the SDK wrote', f.read() == sdk_bytes)

            ours = bytes((i * 7) % 251 for i in range(350 * 1024))
            source = os.path.join(directory, 'ours.bin')
            with open(source, 'wb') as f:
                f.write(ours)
            copy = run('cp', source, f'oss://{BUCKET}/from-swift/ours.bin', '--part-size', str(100 * 1024),
                       '--content-type', 'application/x-ours')
            check('aliyun-oss uploads in parts', copy.returncode == 0, copy.stderr)
        got = c.get_object(oss.GetObjectRequest(bucket=BUCKET, key='from-swift/ours.bin'))
        check('the SDK reads the multipart object aliyun-oss wrote, its CRC-64 compared',
              got.body.read() == ours and got.hash_crc64 is not None, got.headers)
        check('with the Content-Type aliyun-oss sent', got.content_type == 'application/x-ours', got.content_type)
        removed = run('rm', f'oss://{BUCKET}/from-sdk/data.bin')
        error = service_error(lambda: c.head_object(oss.HeadObjectRequest(bucket=BUCKET, key='from-sdk/data.bin')))
        check('aliyun-oss rm removes what the SDK wrote', removed.returncode == 0 and error is not None and
              error.status_code == 404, removed.stderr)
    finally:
        process.terminate()
        process.wait(timeout=10)


def main():
    executable = sys.argv[1]
    process, url = start_emulator(executable)
    try:
        c = client(url)
        c.put_bucket(oss.PutBucketRequest(bucket=BUCKET))
        buckets = c.list_buckets(oss.ListBucketsRequest())
        check('ListBuckets lists the bucket created', [b.name for b in buckets.buckets] == [BUCKET], buckets.buckets)

        body = 'hello, 阿里云 OSS\n'.encode('utf-8') * 100
        put = c.put_object(oss.PutObjectRequest(bucket=BUCKET, key='docs/hello world.txt', body=body,
                                                content_type='text/plain', metadata={'author': 'Zhang San'}))
        check('PutObject answers 200 with the CRC-64 the SDK verified', put.status_code == 200 and
              put.hash_crc64 is not None, put.headers)
        got = c.get_object(oss.GetObjectRequest(bucket=BUCKET, key='docs/hello world.txt'))
        data = got.body.read()
        check('GetObject returns the bytes (CRC-64 checked by the SDK)', data == body)
        check('GetObject returns the content type and metadata', got.content_type == 'text/plain' and
              got.metadata.get('author') == 'Zhang San', (got.content_type, got.metadata))
        ranged = c.get_object(oss.GetObjectRequest(bucket=BUCKET, key='docs/hello world.txt', range_header='bytes=7-15'))
        check('a Range answers 206 with those bytes', ranged.status_code == 206 and ranged.body.read() == body[7:16],
              ranged.status_code)
        head = c.head_object(oss.HeadObjectRequest(bucket=BUCKET, key='docs/hello world.txt'))
        check('HeadObject gives the length and ETag', head.content_length == len(body) and head.etag == put.etag,
              (head.content_length, head.etag, put.etag))

        for key in ['a/1.txt', 'a/2.txt', 'b/1.txt', 'c.txt', 'd.txt', 'e+f%g.txt', '目录/文件.txt']:
            c.put_object(oss.PutObjectRequest(bucket=BUCKET, key=key, body=key.encode('utf-8')))
        listing = c.list_objects_v2(oss.ListObjectsV2Request(bucket=BUCKET, delimiter='/'))
        check('ListObjectsV2 rolls keys up under the delimiter',
              [p.prefix for p in listing.common_prefixes] == ['a/', 'b/', 'docs/', '目录/'] and
              [o.key for o in listing.contents] == ['c.txt', 'd.txt', 'e+f%g.txt'],
              ([p.prefix for p in listing.common_prefixes], [o.key for o in (listing.contents or [])]))
        paginator = c.list_objects_v2_paginator()
        keys = []
        pages = 0
        for page in paginator.iter_page(oss.ListObjectsV2Request(bucket=BUCKET, max_keys=3)):
            pages += 1
            keys += [o.key for o in page.contents or []]
        check('the SDK pages through every key, three at a time', pages == 3 and len(keys) == 8 and
              keys == sorted(keys, key=lambda k: k.encode('utf-8')), (pages, keys))

        # Multipart by hand: two parts of 100 KiB and a short last one, completed, read back.
        parts_data = [pattern(100 * 1024, 1), pattern(100 * 1024, 2), pattern(1000, 3)]
        init = c.initiate_multipart_upload(oss.InitiateMultipartUploadRequest(bucket=BUCKET, key='big/manual.bin'))
        parts = []
        for number, part in enumerate(parts_data, 1):
            result = c.upload_part(oss.UploadPartRequest(bucket=BUCKET, key='big/manual.bin', upload_id=init.upload_id,
                                                         part_number=number, body=part))
            parts.append(oss.UploadPart(part_number=number, etag=result.etag))
        listed = c.list_parts(oss.ListPartsRequest(bucket=BUCKET, key='big/manual.bin', upload_id=init.upload_id))
        check('ListParts lists the three parts', [p.part_number for p in listed.parts] == [1, 2, 3])
        done = c.complete_multipart_upload(oss.CompleteMultipartUploadRequest(
            bucket=BUCKET, key='big/manual.bin', upload_id=init.upload_id,
            complete_multipart_upload=oss.CompleteMultipartUpload(parts=parts)))
        check('CompleteMultipartUpload answers an ETag of three parts', done.etag.endswith('-3"'), done.etag)
        whole = c.get_object(oss.GetObjectRequest(bucket=BUCKET, key='big/manual.bin')).body.read()
        check('the completed object is the parts joined', whole == b''.join(parts_data))

        # The SDK's uploader: parts in parallel, its CRC-64 combined from the parts and compared with ours.
        with tempfile.NamedTemporaryFile() as file:
            file.write(pattern(1024 * 1024 + 17, 9))
            file.flush()
            uploader = c.uploader(part_size=256 * 1024, parallel_num=3)
            result = uploader.upload_file(oss.PutObjectRequest(bucket=BUCKET, key='big/uploaded.bin'), file.name)
            check('the uploader sends five parts in parallel and the CRC-64 agrees', result.etag.endswith('-5"'),
                  result.etag)
            downloader = c.downloader(part_size=300 * 1024, parallel_num=3)
            with tempfile.TemporaryDirectory() as directory:
                target = os.path.join(directory, 'downloaded.bin')
                downloader.download_file(oss.GetObjectRequest(bucket=BUCKET, key='big/uploaded.bin'), target)
                with open(target, 'rb') as downloaded:
                    check('the downloader reads it back in ranges', downloaded.read() == pattern(1024 * 1024 + 17, 9))

        copied = c.copy_object(oss.CopyObjectRequest(bucket=BUCKET, key='copies/hello.txt', source_bucket=BUCKET,
                                                     source_key='docs/hello world.txt'))
        check('CopyObject copies', copied.status_code == 200 and
              c.get_object(oss.GetObjectRequest(bucket=BUCKET, key='copies/hello.txt')).body.read() == body)

        presigned = c.presign(oss.GetObjectRequest(bucket=BUCKET, key='docs/hello world.txt'),
                              expires=datetime.timedelta(minutes=5))
        with urllib.request.urlopen(presigned.url) as answer:
            check('a presigned GET URL works without the SDK', answer.read() == body)
        tampered = presigned.url.replace('hello%20world', 'hello%20World')
        try:
            urllib.request.urlopen(tampered)
            check('a tampered presigned URL is refused', False, 'it was accepted')
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            check('a tampered presigned URL is refused with SignatureDoesNotMatch',
                  error.code == 403 and '<Code>SignatureDoesNotMatch</Code>' in text, text)
        # Content-Type is signed whenever it is sent: a presigned PUT binds the one it was made with.
        put_url = c.presign(oss.PutObjectRequest(bucket=BUCKET, key='presigned/put.bin',
                                                 content_type='application/octet-stream'),
                            expires=datetime.timedelta(minutes=5))
        request = urllib.request.Request(put_url.url, data=b'put through a presigned URL', method='PUT',
                                         headers={'Content-Type': 'application/octet-stream'})
        with urllib.request.urlopen(request) as answer:
            check('a presigned PUT URL uploads with the Content-Type it binds', answer.status == 200)
        request = urllib.request.Request(put_url.url, data=b'other', method='PUT', headers={'Content-Type': 'text/plain'})
        try:
            urllib.request.urlopen(request)
            check('a presigned PUT with another Content-Type is refused', False, 'it was accepted')
        except urllib.error.HTTPError as error:
            check('a presigned PUT with another Content-Type is refused with SignatureDoesNotMatch',
                  error.code == 403 and '<Code>SignatureDoesNotMatch</Code>' in error.read().decode())
        check('what it uploaded reads back', c.get_object(oss.GetObjectRequest(
            bucket=BUCKET, key='presigned/put.bin')).body.read() == b'put through a presigned URL')

        deleted = c.delete_multiple_objects(oss.DeleteMultipleObjectsRequest(
            bucket=BUCKET, objects=[oss.DeleteObject(key='c.txt'), oss.DeleteObject(key='e+f%g.txt')]))
        check('DeleteMultipleObjects deletes both', sorted(d.key for d in deleted.deleted_objects) ==
              ['c.txt', 'e+f%g.txt'], deleted.deleted_objects)
        c.delete_object(oss.DeleteObjectRequest(bucket=BUCKET, key='d.txt'))

        # Signature V1, in the header and in a presigned URL.
        v1 = client(url, signature_version='v1')
        v1.put_object(oss.PutObjectRequest(bucket=BUCKET, key='v1/a b+c.txt', body=b'signed with v1',
                                           content_type='text/plain', metadata={'via': 'v1'}))
        check('V1: a put and a get signed in the header', v1.get_object(oss.GetObjectRequest(
            bucket=BUCKET, key='v1/a b+c.txt')).body.read() == b'signed with v1')
        listed = v1.list_objects_v2(oss.ListObjectsV2Request(bucket=BUCKET, prefix='v1/'))
        check('V1: a listing (continuation-token and encoding-type left out of the resource)',
              [o.key for o in listed.contents] == ['v1/a b+c.txt'], listed.contents)
        v1_url = v1.presign(oss.GetObjectRequest(bucket=BUCKET, key='v1/a b+c.txt'),
                            expires=datetime.timedelta(minutes=5))
        with urllib.request.urlopen(v1_url.url) as answer:
            check('V1: a presigned GET URL works', answer.read() == b'signed with v1')
        error = service_error(lambda: client(url, secret='wrong', signature_version='v1').get_object(
            oss.GetObjectRequest(bucket=BUCKET, key='v1/a b+c.txt')))
        check('V1: the wrong secret answers SignatureDoesNotMatch', error is not None and
              error.code == 'SignatureDoesNotMatch', error)

        # Errors, each as the SDK's ServiceError with OSS's code and status.
        error = service_error(lambda: c.get_object(oss.GetObjectRequest(bucket=BUCKET, key='d.txt')))
        check('a deleted key answers NoSuchKey (404)', error is not None and error.code == 'NoSuchKey' and
              error.status_code == 404, error)
        error = service_error(lambda: c.head_object(oss.HeadObjectRequest(bucket=BUCKET, key='missing')))
        check('HEAD of a missing key answers NoSuchKey through x-oss-err', error is not None and
              error.code == 'NoSuchKey', error)
        error = service_error(lambda: c.get_object(oss.GetObjectRequest(bucket='no-such-bucket', key='k')))
        check('a missing bucket answers NoSuchBucket (404)', error is not None and error.code == 'NoSuchBucket' and
              error.status_code == 404, error)
        error = service_error(lambda: c.put_bucket(oss.PutBucketRequest(bucket=BUCKET)))
        check('creating it again answers BucketAlreadyExists (409)', error is not None and
              error.code == 'BucketAlreadyExists' and error.status_code == 409, error)
        error = service_error(lambda: c.delete_bucket(oss.DeleteBucketRequest(bucket=BUCKET)))
        check('deleting a bucket with objects answers BucketNotEmpty (409)', error is not None and
              error.code == 'BucketNotEmpty', error)
        error = service_error(lambda: client(url, secret='wrong').get_object(
            oss.GetObjectRequest(bucket=BUCKET, key='a/1.txt')))
        check('a signature made with the wrong secret answers SignatureDoesNotMatch (403)', error is not None and
              error.code == 'SignatureDoesNotMatch' and error.status_code == 403, error)
        error = service_error(lambda: c.get_object(oss.GetObjectRequest(bucket=BUCKET, key='a/1.txt',
                                                                         range_header='bytes=100-200')))
        check('a range past the end answers InvalidRange (416)', error is not None and
              error.code == 'InvalidRange' and error.status_code == 416, error)
        init = c.initiate_multipart_upload(oss.InitiateMultipartUploadRequest(bucket=BUCKET, key='big/bad.bin'))
        small = c.upload_part(oss.UploadPartRequest(bucket=BUCKET, key='big/bad.bin', upload_id=init.upload_id,
                                                    part_number=1, body=b'too small'))
        c.upload_part(oss.UploadPartRequest(bucket=BUCKET, key='big/bad.bin', upload_id=init.upload_id,
                                            part_number=2, body=b'last'))
        error = service_error(lambda: c.complete_multipart_upload(oss.CompleteMultipartUploadRequest(
            bucket=BUCKET, key='big/bad.bin', upload_id=init.upload_id,
            complete_multipart_upload=oss.CompleteMultipartUpload(parts=[
                oss.UploadPart(part_number=1, etag=small.etag), oss.UploadPart(part_number=2, etag='"0000"')]))))
        check('a part whose ETag does not match answers InvalidPart', error is not None and
              error.code == 'InvalidPart', error)
        error = service_error(lambda: c.complete_multipart_upload(oss.CompleteMultipartUploadRequest(
            bucket=BUCKET, key='big/bad.bin', upload_id=init.upload_id, complete_all='yes')))
        check('a part under 100 KiB before the last answers EntityTooSmall', error is not None and
              error.code == 'EntityTooSmall', error)
        c.abort_multipart_upload(oss.AbortMultipartUploadRequest(bucket=BUCKET, key='big/bad.bin',
                                                                 upload_id=init.upload_id))
        error = service_error(lambda: c.list_parts(oss.ListPartsRequest(bucket=BUCKET, key='big/bad.bin',
                                                                        upload_id=init.upload_id)))
        check('an aborted upload answers NoSuchUpload', error is not None and error.code == 'NoSuchUpload', error)
    finally:
        process.terminate()
        process.wait(timeout=10)

    if len(sys.argv) > 2:
        cross_client(executable, sys.argv[2])

    # A key that must come with an STS token is refused without it.
    process, url = start_emulator(executable, '--security-token', 'sts-token', '--bucket', BUCKET)
    try:
        error = service_error(lambda: client(url).list_objects_v2(oss.ListObjectsV2Request(bucket=BUCKET)))
        check('a key whose STS token is missing is refused', error is not None and error.status_code == 403, error)
        listing = client(url, token='sts-token').list_objects_v2(oss.ListObjectsV2Request(bucket=BUCKET))
        check('with its STS token it is accepted', listing.status_code == 200)
        listing = client(url, token='sts-token', signature_version='v1').list_objects_v2(
            oss.ListObjectsV2Request(bucket=BUCKET))
        check('with its STS token it is accepted under V1 too', listing.status_code == 200)
    finally:
        process.terminate()
        process.wait(timeout=10)

    print(f'{len(failures)} of the checks failed' if failures else 'every check passed')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()

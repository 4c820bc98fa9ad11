"""An echo server holding N concurrent connections (default 10,000), every
byte echoed. Server and clients run in separate processes (one process
cannot hold both ends of 10,000 connections under a 20,000 descriptor
limit); each raises RLIMIT_NOFILE to its hard limit.

    python3 bench/io/echo_conns.py server PORTFILE
    python3 bench/io/echo_conns.py client PORT [N]
bench/io/run_echo_conns.sh runs both, for python3 and for py2goasync.
"""
import asyncio
import os
import resource
import sys
import time

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


async def handle(reader, writer):
    while data := await reader.read(65536):
        writer.write(data)
        await writer.drain()
    writer.close()


async def server(portfile):
    srv = await asyncio.start_server(handle, '127.0.0.1', 0, backlog=4096)
    with open(portfile + '.tmp', 'w') as f:
        f.write(str(srv.sockets[0].getsockname()[1]))
    os.rename(portfile + '.tmp', portfile)
    async with srv:
        await srv.serve_forever()


async def client(port, n):
    start = time.perf_counter()
    conns = []
    for i in range(0, n, 500):
        conns += await asyncio.gather(*[asyncio.open_connection('127.0.0.1', port) for _ in range(i, min(n, i + 500))])
    opened = time.perf_counter() - start

    async def one(i, reader, writer):
        msg = (f'connection {i} '.encode() * 20)[:256]
        writer.write(msg)
        await writer.drain()
        got = await reader.readexactly(len(msg))
        # every connection is still open while all the others talk
        writer.write(msg[::-1])
        await writer.drain()
        got2 = await reader.readexactly(len(msg))
        return got == msg and got2 == msg[::-1]

    results = await asyncio.gather(*[one(i, r, w) for i, (r, w) in enumerate(conns)])
    elapsed = time.perf_counter() - start
    for r, w in conns:
        w.close()
    ok = sum(results)
    print(f'{ok}/{n} connections echoed every byte ({2 * 256 * ok} bytes each way); '
          f'opened in {opened:.2f} s, total {elapsed:.2f} s')


if sys.argv[1] == 'server':
    asyncio.run(server(sys.argv[2]))
else:
    asyncio.run(client(int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 10000))

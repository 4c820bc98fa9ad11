"""1 GiB over 127.0.0.1: start_server sends, open_connection reads with
10 MiB reads. Prints the bytes received and the wall time of the transfer.

    python3 bench/io/throughput.py [MiB]
    py2goasync run bench/io/throughput.py [MiB]
"""
import asyncio
import sys
import time

TOTAL = (int(sys.argv[1]) if len(sys.argv) > 1 else 1024) * 1024 * 1024
CHUNK = b'x' * (1024 * 1024)
READ = 10 * 1024 * 1024


async def send(reader, writer):
    left = TOTAL
    while left > 0:
        n = min(left, len(CHUNK))
        writer.write(CHUNK if n == len(CHUNK) else CHUNK[:n])
        await writer.drain()
        left -= n
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    start = time.perf_counter()
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    got = 0
    while True:
        data = await reader.read(READ)
        if not data:
            break
        got += len(data)
    elapsed = time.perf_counter() - start
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(f'received {got} bytes in {elapsed:.3f} s ({got / elapsed / 2**20:.0f} MiB/s)')
    assert got == TOTAL


asyncio.run(main())

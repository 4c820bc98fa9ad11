# ssl=True makes a default context although the program never imports ssl
# (the runtime links ssl for the asyncio functions taking an ssl argument).
import asyncio
import sys


async def handle(reader, writer):
    writer.write(b"HTTP/1.0 400 Bad Request\r\n\r\n")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        await asyncio.open_connection("127.0.0.1", port, ssl=True, server_hostname="localhost")
    except Exception as e:
        print(type(e).__module__, type(e).__name__, isinstance(e, OSError))
    print("ssl" in sys.modules)
    server.close()
    await server.wait_closed()


asyncio.run(main())

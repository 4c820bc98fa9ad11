# Scenario for TestSubprocessAndStreams: pipes, communicate(input=), exit
# codes and signals; a TCP echo server and client on streams.
import asyncio

log = []

async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b'echo: ' + line.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    PIPE = asyncio.subprocess.PIPE
    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, err = await p.communicate(input=b'through cat\n')
    log.append(f'cat: {out!r} {err!r} rc={p.returncode}')
    p = await asyncio.create_subprocess_shell('echo out; echo err 1>&2; exit 5', stdout=PIPE, stderr=PIPE)
    out, err = await p.communicate()
    log.append(f'shell: {out!r} {err!r} rc={p.returncode}')
    p = await asyncio.create_subprocess_exec('sleep', '5')
    p.terminate()
    log.append(f'terminated: {await p.wait()}')
    try:
        await asyncio.create_subprocess_exec('no-such-program-xyz')
    except FileNotFoundError as e:
        log.append(f'FileNotFoundError {e.errno} {e.filename}')
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hello\n')
    await writer.drain()
    log.append(f'client got {await reader.readline()!r}')
    log.append(f'then EOF: {await reader.read()!r} at_eof={reader.at_eof()}')
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    log.append(f'serving: {server.is_serving()}')

asyncio.run(main())
for line in log:
    print(line)

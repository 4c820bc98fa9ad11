# send: SIGINT
import asyncio

async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(10)
    finally:
        print("main finally")

asyncio.run(main())

"""Five simulated requests (asyncio.sleep stands in for the network) with a little CPU work after each.

    python3 tools/record_asyncio.py --out five.json tools/examples/five_requests.py
"""
import asyncio
import sys


def parse(n):
    # ~2 ms of CPU work, as a JSON parse would be.
    total = 0
    for i in range(20_000):
        total += (i * n) % 7
    return total


async def fetch(n, latency):
    await asyncio.sleep(latency)  # the request is in flight; the loop runs the others
    return parse(n)


async def main(count, latency):
    results = await asyncio.gather(*(fetch(n, latency) for n in range(count)))
    print('%d responses' % len(results))


if __name__ == '__main__':
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    asyncio.run(main(count, 0.2))

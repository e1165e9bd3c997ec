// The tutorial's programs as it writes them, adapted only to the endpoint URL (its Flask app answers after
// 3 s on http://127.0.0.1:5000). They run on CPython 3.14 (Pyodide) under Awaitline's virtual clock.
export const SEQUENTIAL = `import requests
import time

start = time.time()
for _ in range(5):
    response = requests.get('http://127.0.0.1:5000')
    print('Result:', response.status_code)
end = time.time()
print('Cost time:', end - start)
`;

export const ASYNC_AROUND_REQUESTS = `import asyncio
import requests
import time

start = time.time()

async def request():
    url = 'http://127.0.0.1:5000'
    print('Waiting for', url)
    response = requests.get(url)
    print('Get response from', url, 'Result:', response.text)

tasks = [asyncio.ensure_future(request()) for _ in range(5)]
loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))

end = time.time()
print('Cost time:', end - start)
`;

export const AIOHTTP = `import asyncio
import aiohttp
import time

start = time.time()

async def get(url):
    session = aiohttp.ClientSession()
    response = await session.get(url)
    await response.text()
    await session.close()
    return response

async def request():
    url = 'http://127.0.0.1:5000'
    print('Waiting for', url)
    response = await get(url)
    print('Get response from', url, 'Result:', response)

tasks = [asyncio.ensure_future(request()) for _ in range(5)]
loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))

end = time.time()
print('Cost time:', end - start)
`;

export const LIFECYCLE = `import asyncio

async def execute(x):
    print('Number:', x)
    return x

coroutine = execute(1)
print('Coroutine:', coroutine)
loop = asyncio.get_event_loop()
task = loop.create_task(coroutine)
print('Task:', task)
loop.run_until_complete(task)
print('Task:', task)
`;

export const CALLBACK = `import asyncio
import requests

async def request():
    url = 'http://127.0.0.1:5000'
    status = requests.get(url)
    return status

def callback(task):
    print('Status:', task.result())

coroutine = request()
task = asyncio.ensure_future(coroutine)
task.add_done_callback(callback)
print('Task:', task)
loop = asyncio.get_event_loop()
loop.run_until_complete(task)
print('Task:', task)
`;

export const WAIT = `import asyncio
import requests

async def request():
    url = 'http://127.0.0.1:5000'
    status = requests.get(url)
    return status

tasks = [asyncio.ensure_future(request()) for _ in range(5)]
loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))
for task in tasks:
    print('Task Result:', task.result())
`;

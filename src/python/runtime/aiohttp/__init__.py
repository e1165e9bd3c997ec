"""Awaitline's aiohttp: the part of aiohttp's client the catalogue and the tutorial use, answered by the slow
endpoint. `session.get` suspends the calling task until the answer's delay has passed on the loop's clock.

As in aiohttp 3: ClientSession is an async context manager (and can be closed by hand), `session.get(...)`
can be awaited or used with `async with`, and a session's TCPConnector opens at most `limit` connections
at once (100 by default, 0 = no limit); past that, requests wait for a free connection.
"""

import asyncio
import json as _json
from urllib.parse import urlencode

from awaitline_rt.http import Refused, request_async

__version__ = "3.11.0-awaitline"


class ClientError(Exception):
    pass


class ClientConnectionError(ClientError):
    pass


class ClientConnectorError(ClientConnectionError):
    pass


class ClientResponseError(ClientError):
    def __init__(self, request_info=None, history=(), *, status=None, message="", headers=None):
        super().__init__("%s, message=%r" % (status, message))
        self.status = status
        self.message = message


class ServerTimeoutError(ClientConnectionError, asyncio.TimeoutError):
    pass


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect


class TCPConnector:
    def __init__(self, *, limit=100, limit_per_host=0, **_ignored):
        self.limit = limit
        self.limit_per_host = limit_per_host
        self._slots = asyncio.Semaphore(limit) if limit else None
        self.closed = False

    async def _acquire(self):
        if self._slots is not None:
            await self._slots.acquire()

    def _release(self):
        if self._slots is not None:
            self._slots.release()

    async def close(self):
        self.closed = True


class ClientResponse:
    def __init__(self, method, url, status, body):
        self.method = method
        self.url = url
        self.status = status
        self.reason = "OK" if status < 400 else "Internal Server Error"
        self.ok = status < 400
        self.headers = {"Content-Type": "application/json"}
        self._body = body

    async def text(self, encoding=None):
        return self._body

    async def read(self):
        return self._body.encode()

    async def json(self, *, content_type="application/json", loads=_json.loads):
        return loads(self._body)

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(status=self.status, message=self.reason)

    def release(self):
        pass

    def close(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.release()

    def __repr__(self):
        return "<ClientResponse(%s) [%s %s]>" % (self.url, self.status, self.reason)


class _RequestContextManager:
    """What session.get returns: await it for the response, or `async with` it (released at the end)."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, *exc):
        if self._resp is not None:
            self._resp.release()


class ClientSession:
    def __init__(self, base_url=None, *, connector=None, timeout=None, raise_for_status=False, **_ignored):
        self._base_url = base_url
        self.connector = connector if connector is not None else TCPConnector()
        self.timeout = timeout if timeout is not None else ClientTimeout(total=300)
        self._raise_for_status = raise_for_status
        self.closed = False

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()

    async def close(self):
        self.closed = True

    def _url(self, url, params):
        url = str(url)
        if self._base_url and not url.startswith(("http://", "https://")):
            url = str(self._base_url).rstrip("/") + "/" + url.lstrip("/")
        if params:
            url += ("&" if "?" in url else "?") + urlencode(params)
        return url

    async def _request(self, method, url, params, timeout):
        if self.closed:
            raise RuntimeError("Session is closed")
        limit = timeout if timeout is not None else self.timeout
        total = limit.total if isinstance(limit, ClientTimeout) else limit
        await self.connector._acquire()
        try:
            full = self._url(url, params)
            try:
                status, body = await request_async(full, total)
            except Refused as exc:
                raise ClientConnectorError("Cannot connect to host: %s" % exc) from None
        finally:
            self.connector._release()
        response = ClientResponse(method, full, status, body)
        if self._raise_for_status:
            response.raise_for_status()
        return response

    def request(self, method, url, *, params=None, timeout=None, **_ignored):
        return _RequestContextManager(self._request(method.upper(), url, params, timeout))

    def get(self, url, *, params=None, timeout=None, **kw):
        return self.request("GET", url, params=params, timeout=timeout, **kw)

    def post(self, url, *, params=None, timeout=None, **kw):
        return self.request("POST", url, params=params, timeout=timeout, **kw)

    def put(self, url, *, params=None, timeout=None, **kw):
        return self.request("PUT", url, params=params, timeout=timeout, **kw)

    def delete(self, url, *, params=None, timeout=None, **kw):
        return self.request("DELETE", url, params=params, timeout=timeout, **kw)

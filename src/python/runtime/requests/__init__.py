"""Awaitline's requests: `requests.get` and friends, answered by the slow endpoint. A call blocks the calling
thread for the answer's delay, as the real library does: inside `async def` it holds the event loop too."""

import json as _json
from urllib.parse import urlencode

from awaitline_rt.http import Refused, request_blocking

from . import exceptions
from .exceptions import ConnectionError, HTTPError, ReadTimeout, RequestException, Timeout

__version__ = "2.32.0-awaitline"
__all__ = ["get", "post", "put", "delete", "request", "Session", "Response", "exceptions", "ConnectionError",
           "HTTPError", "ReadTimeout", "RequestException", "Timeout"]


class Response:
    def __init__(self, url, status, body):
        self.url = url
        self.status_code = status
        self.text = body
        self.content = body.encode()
        self.encoding = "utf-8"
        self.ok = status < 400
        self.reason = "OK" if status < 400 else "Internal Server Error"
        self.headers = {"Content-Type": "application/json"}

    def json(self, **kw):
        return _json.loads(self.text, **kw)

    def raise_for_status(self):
        if self.status_code >= 400:
            raise HTTPError("%s Server Error: %s for url: %s" % (self.status_code, self.reason, self.url))

    def __repr__(self):
        return "<Response [%s]>" % self.status_code


def request(method, url, params=None, timeout=None, **_ignored):
    url = str(url)
    if params:
        url += ("&" if "?" in url else "?") + urlencode(params)
    if isinstance(timeout, tuple):
        timeout = sum(t for t in timeout if t)
    try:
        status, body = request_blocking(url, timeout)
    except Refused as exc:
        raise ConnectionError("Failed to establish a new connection: %s" % exc) from None
    except TimeoutError as exc:
        raise ReadTimeout(str(exc)) from None
    return Response(url, status, body)


def get(url, params=None, **kw):
    return request("GET", url, params=params, **kw)


def post(url, data=None, json=None, **kw):
    return request("POST", url, **kw)


def put(url, data=None, **kw):
    return request("PUT", url, **kw)


def delete(url, **kw):
    return request("DELETE", url, **kw)


class Session:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        pass

    def request(self, method, url, **kw):
        return request(method, url, **kw)

    def get(self, url, **kw):
        return request("GET", url, **kw)

    def post(self, url, **kw):
        return request("POST", url, **kw)

"""Helpers for the fault tests: a hostile site that can hold one page back, and
``newsarchive crawl`` of the real spider in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from crawler.sample_site import SampleSite
from tests.fixtures.hostile_site import MAX_SIZE

ROOT = Path(__file__).resolve().parent.parent


class HoldingSite(SampleSite):
    """A :class:`SampleSite` whose ``hold`` path blocks until :attr:`release` is set
    (:attr:`held` is set when it is requested): a crawl can be caught mid-way."""

    def __init__(self, *, hold: str | None = None, **kwargs: Any):
        self.hold = hold
        self.held = threading.Event()
        self.release = threading.Event()
        super().__init__(**kwargs)
        # a crawl that is killed or cancels an oversize page resets its connections: not news
        self._server.handle_error = lambda request, client_address: None

    def resolve(self, path: str, request_headers: Any = None) -> tuple[int, dict[str, str], bytes]:
        if self.hold and path.split("?")[0] == self.hold:
            self.held.set()
            self.release.wait(120)
        return super().resolve(path, request_headers)

    def stop(self) -> None:
        self.release.set()
        super().stop()


def crawl_cmd(db_url: str, site_url: str, workdir: Path, *settings: str) -> list[str]:
    """``newsarchive crawl securities_daily`` against ``site_url``, local and fast."""
    cmd = [sys.executable, "-m", "crawler.cli", "crawl", "securities_daily", "--db", db_url,
           "--log-dir", str(workdir / "logs"), "--lock-dir", str(workdir / "locks"),
           "--warc-dir", str(workdir / "warc"), "-a", f"start_url={site_url}"]
    base = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "0", "RETRY_TIMES": "0",
            "DOWNLOAD_MAXSIZE": str(MAX_SIZE), "NEWSARCHIVE_SPOOL_DIR": str(workdir / "spool"),
            "TELNETCONSOLE_ENABLED": "0"}
    given = {s.split("=", 1)[0] for s in settings}
    for key, value in base.items():
        if key not in given:
            cmd += ["-s", f"{key}={value}"]
    for value in settings:
        cmd += ["-s", value]
    return cmd


def crawl_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSARCHIVE_", "SCRAPY_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def child_pids(pid: int) -> list[int]:
    """Direct children of ``pid`` (Linux /proc)."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def wait_for(predicate: Any, timeout: float = 60.0) -> bool:
    """Wait for ``predicate()`` to be true (an event we cannot hook), up to ``timeout`` s."""
    done = threading.Event()
    end = threading.Event()
    timer = threading.Timer(timeout, end.set)
    timer.start()
    try:
        while not end.is_set():
            if predicate():
                done.set()
                break
            end.wait(0.1)
    finally:
        timer.cancel()
    return done.is_set()


class TcpProxy:
    """A loopback TCP forwarder in front of a server (PostgreSQL): :meth:`down`
    drops every connection and refuses new ones, :meth:`up` accepts again, as a
    database restart looks to its clients."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1"):
        import socket

        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.available = threading.Event()
        self.available.set()
        self.closing = False
        self.conns: list[Any] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket

        while not self.closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.available.is_set():
                client.close()
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self.lock:
                self.conns += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: Any, dst: Any) -> None:
        import socket

        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def down(self) -> None:
        import socket

        self.available.clear()
        with self.lock:
            conns, self.conns = self.conns, []
        for s in conns:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass

    def up(self) -> None:
        self.available.set()

    def close(self) -> None:
        self.closing = True
        self.down()
        self.listener.close()

    def url(self, pg_url: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(pg_url).set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)


def mount_small_disk(path: Path, size: str = "2m") -> bool:
    """Mount a tmpfs of ``size`` at ``path`` (root only); False when not allowed here."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        out = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.returncode == 0


def unmount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30)


def fill_disk(path: Path, leave: int) -> None:
    """Fill the file system of ``path`` until about ``leave`` bytes are free."""
    free = os.statvfs(path).f_bavail * os.statvfs(path).f_frsize
    with open(path / "filler.bin", "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))

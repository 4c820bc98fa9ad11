"""os.popen and os.fwalk for py2goasync's runtime, re-exported by the Go os
module. popen's child is started by the Go module (os._popen_child, without
fork) and its pipe wrapped here, so that close() waits for it and reports
its status as os.popen's does."""

import io
import os


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    fd, pid = os._popen_child(cmd, mode)
    return _wrap_close(io.open(fd, mode, buffering), pid)


class _wrap_close:
    """The stream of a popen() child; close() returns None when the child
    exited 0, else its exit code shifted left by 8 (as wait() would)."""

    __module__ = "os"

    def __init__(self, stream, pid):
        self._stream = stream
        self._pid = pid

    def close(self):
        self._stream.close()
        if self._pid is None:
            return None
        pid, self._pid = self._pid, None
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code == 0:
            return None
        return code << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """os.walk over directory descriptors: yields (dirpath, dirnames,
    filenames, dirfd), the descriptor open only until the next step."""
    top = os.fspath(top)
    if not follow_symlinks:
        before = os.stat(top, follow_symlinks=False, dir_fd=dir_fd)
    fd = os.open(top, os.O_RDONLY | os.O_NONBLOCK, dir_fd=dir_fd)
    try:
        if follow_symlinks or (os.path.samestat(before, os.stat(fd)) and _isdir_stat(before)):
            yield from _fwalk_fd(fd, top, isinstance(top, bytes), topdown, onerror, follow_symlinks)
    finally:
        os.close(fd)


def _isdir_stat(st):
    import stat
    return stat.S_ISDIR(st.st_mode)


def _fwalk_fd(fd, path, as_bytes, topdown, onerror, follow_symlinks):
    dirs, files = [], []
    try:
        entries = list(os.scandir(fd))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    for entry in entries:
        name = os.fsencode(entry.name) if as_bytes else entry.name
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else files).append(name)
    if topdown:
        yield path, dirs, files, fd
    for name in dirs:
        try:
            if not follow_symlinks:
                before = os.stat(name, dir_fd=fd, follow_symlinks=False)
            sub = os.open(name, os.O_RDONLY | os.O_NONBLOCK, dir_fd=fd)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        try:
            if follow_symlinks or os.path.samestat(before, os.stat(sub)):
                yield from _fwalk_fd(sub, os.path.join(path, name), as_bytes, topdown, onerror, follow_symlinks)
        finally:
            os.close(sub)
    if not topdown:
        yield path, dirs, files, fd

"""Onsite's Python judge harness: runs one submission's cases inside the sandbox.

It receives the job (function name and each case's arguments, never the expected values) as a Python literal on
stdin (the grader writes it; evaluating a literal needs no imports, and `import json` alone costs ~14 ms),
loads the submission, calls the function once per case and writes one JSON line per event to a private
channel (the original stdout). Everything the submission prints goes to stderr instead, capped per case.
The grader, outside the sandbox, compares the returned values with the expected ones.
"""
import _signal as signal  # the C module: `import signal` pulls in enum and functools, ~8 ms of start-up
import io
import posix  # built in, where `os` costs ~1.3 ms to import under -S
import sys
import time

CHANNEL = io.open(posix.dup(1), "w", buffering=1, encoding="utf-8")
posix.dup2(2, 1)  # the submission's prints (even from C code) go to stderr, never onto the channel
sys.stdout = sys.stderr

PRINT_CAP = 4000


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def encode(value):
    """JSON text for the values to_json produces (None, bool, int, float, str, list, dict), without the json module."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else "null"
    if isinstance(value, str):
        return '"' + "".join(_ESCAPES.get(c) or (c if c >= " " else "\\u%04x" % ord(c)) for c in value) + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(encode(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(encode(str(key)) + ": " + encode(item) for key, item in value.items()) + "}"
    return encode(str(value))


def emit(**event):
    CHANNEL.write(encode(event) + "\n")
    CHANNEL.flush()


class PrintedTooMuch(BaseException):
    """The submission printed past the cap during one case."""


class CappedBuffer(io.StringIO):
    """Keeps what a case prints, up to a limit; past it the case stops with output_limit."""

    LIMIT = 1 << 20

    def __init__(self):
        super().__init__()
        self.size = 0

    def write(self, text):
        self.size += len(text)
        if self.size > self.LIMIT:
            raise PrintedTooMuch()
        return super().write(text)


class CaseTimeout(BaseException):
    """Raised by the alarm; a BaseException so a bare `except Exception` in the submission cannot swallow it."""


def on_alarm(signum, frame):
    raise CaseTimeout()


def build_args(spec, pd):
    """A case's positional arguments: a JSON list, or {"__expr__": "..."} for inputs too large to write out."""
    if len(spec) == 1 and isinstance(spec[0], dict) and set(spec[0]) == {"__expr__"}:
        expression = spec[0]["__expr__"]
        namespace = {}  # eval adds the builtins
        # Imported only when the expression names them: `random` costs ~4 ms and `string` (through `re`) ~6 ms,
        # more than most cases' own work.
        if "random" in expression:
            import random
            namespace["random"] = random.Random(0)
        if "string" in expression:
            import string
            namespace["string"] = string
        return list(eval(expression, namespace))  # trusted: the expression comes from content, not the user
    return to_value(spec, pd)


def to_value(spec, pd):
    """Turns JSON arguments into Python values; {"__dataframe__": ...} becomes a pandas DataFrame."""
    if isinstance(spec, dict):
        if "__dataframe__" in spec and len(spec) == 1:
            frame = spec["__dataframe__"]
            if pd is None:
                raise RuntimeError("pandas is not installed for the judge; run scripts/setup")
            df = pd.DataFrame(frame.get("data", []), columns=frame.get("columns"))
            for column, dtype in (frame.get("dtypes") or {}).items():
                df[column] = df[column].astype(dtype)
            return df
        if "__tuple__" in spec and len(spec) == 1:
            return tuple(to_value(item, pd) for item in spec["__tuple__"])
        return {key: to_value(value, pd) for key, value in spec.items()}
    if isinstance(spec, list):
        return [to_value(item, pd) for item in spec]
    return spec


def to_json(value, pd):
    """Turns a result into JSON the grader can compare: tuples and sets become lists, frames become tables."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if value != value:
            return None  # NaN travels as null
        if value in (float("inf"), float("-inf")):
            return str(value)
        return value
    if isinstance(value, (list, tuple)):
        return [to_json(item, pd) for item in value]
    if isinstance(value, (set, frozenset)):
        return {"__set__": sorted((to_json(item, pd) for item in value), key=encode)}
    if isinstance(value, dict):
        return {str(key): to_json(item, pd) for key, item in value.items()}
    if pd is not None:
        if isinstance(value, pd.DataFrame):
            frame = value.astype(object).where(value.notna(), None)
            return {"__dataframe__": {
                "columns": [str(c) for c in frame.columns],
                "data": [[to_json(cell, pd) for cell in row] for row in frame.itertuples(index=False, name=None)],
                "dtypes": {str(c): str(t) for c, t in value.dtypes.items()},
            }}
        if isinstance(value, pd.Series):
            return to_json(value.where(value.notna(), None).tolist(), pd)
        if value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, pd.Timestamp):
            return value.isoformat()
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return to_json(value.item(), pd)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "__iter__") and not isinstance(value, (bytes, bytearray)):
        return [to_json(item, pd) for item in value]  # generators, map objects, …
    return repr(value)


def user_traceback(error):
    """The traceback from the submission's own frames only: the harness is not the candidate's concern."""
    import traceback  # only when something failed: it costs start-up time on every run otherwise
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith("submission.py")]
    lines = traceback.format_list(frames) + traceback.format_exception_only(type(error), error)
    return "".join(lines)[-3000:]


def load_submission():
    """The submission as a module named `submission`, run from its source in the working folder.

    Compiling and executing it directly skips the import system's path search (~1.3 ms for one small file); the
    file name stays `submission.py`, so tracebacks point at the candidate's lines and the trimming still works.
    """
    with io.open("submission.py", encoding="utf-8") as file:
        source = file.read()
    module = type(sys)("submission")
    module.__file__ = "submission.py"
    sys.modules["submission"] = module
    exec(compile(source, "submission.py", "exec"), module.__dict__)
    return module


def main():
    job = eval(sys.stdin.read(), {"__builtins__": {}})  # a literal from the grader, read before any user code runs
    pd = None
    if job.get("pandas"):
        try:
            import pandas as pd  # noqa: F811
        except ImportError:
            emit(event="fatal", error="internal_error",
                 message="pandas is not installed in the judge's Python; run scripts/setup (it installs pandas into .venv)")
            return
    signal.signal(signal.SIGALRM, on_alarm)
    try:
        function = getattr(load_submission(), job["function"])
    except CaseTimeout:
        emit(event="fatal", error="time_limit", message="importing the submission took too long")
        return
    except AttributeError:
        emit(event="fatal", error="runtime_error",
             message=f"the submission defines no function named {job['function']}(); keep the starter's signature")
        return
    except BaseException as error:  # noqa: BLE001 - any failure to import is the submission's runtime error
        emit(event="fatal", error="runtime_error", message=user_traceback(error))
        return

    for index, case in enumerate(job["cases"]):
        emit(event="start", case=index)
        captured = CappedBuffer()
        sys.stdout = captured
        started = time.perf_counter()
        try:
            args = build_args(case.get("args", []), pd)
            kwargs = to_value(case.get("kwargs", {}), pd)
            signal.setitimer(signal.ITIMER_REAL, case["time_limit"])
            try:
                result = function(*args, **kwargs)
                value = to_json(result, pd)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            outcome = {"ok": True, "value": value}
        except CaseTimeout:
            outcome = {"ok": False, "error": "time_limit", "message": f"ran past {case['time_limit']} s"}
        except MemoryError:
            outcome = {"ok": False, "error": "memory_limit", "message": "ran out of memory"}
        except PrintedTooMuch:
            outcome = {"ok": False, "error": "output_limit",
                       "message": f"printed more than {CappedBuffer.LIMIT >> 20} MiB; remove debug prints of large data"}
        except RecursionError as error:
            outcome = {"ok": False, "error": "runtime_error", "message": user_traceback(error)}
        except BaseException as error:  # noqa: BLE001
            outcome = {"ok": False, "error": "runtime_error", "message": user_traceback(error)}
        finally:
            sys.stdout = sys.stderr
        elapsed = (time.perf_counter() - started) * 1000
        printed = captured.getvalue()
        emit(event="result", case=index, ms=elapsed, printed=printed[:PRINT_CAP], **outcome)
    emit(event="done")


main()

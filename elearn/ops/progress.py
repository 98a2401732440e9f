"""Progress of a long management command, on its terminal.

``progress = Progress(self.stdout, "Units", total)``, then ``progress(done)`` as work is done: on a
terminal one line rewritten in place ("Units: 450 / 1,200 (37 %)"), in a log a line every 10 %.
``steps(self.stdout, total)`` numbers the steps of a command made of a few slow ones.
"""

import time


class Progress:
    def __init__(self, stdout, label: str, total: int):
        self.stdout, self.label, self.total = stdout, label, max(total, 1)
        self.tty = stdout.isatty()
        self.started = time.monotonic()
        self.shown_tenth = -1

    def __call__(self, done: int) -> None:
        percent = 100 * done // self.total
        text = f"{self.label}: {done:,} / {self.total:,} ({percent} %, {time.monotonic() - self.started:.0f} s)"
        if self.tty:
            self.stdout.write("\r" + text, ending="\n" if done >= self.total else "")
            self.stdout.flush()
        elif percent // 10 > self.shown_tenth:
            self.shown_tenth = percent // 10
            self.stdout.write(text)


def steps(stdout, total: int):
    """A callable ``step(label)`` printing "[2/8] label…" with the time since the previous step."""
    state = {"n": 0, "at": time.monotonic()}

    def step(label: str) -> None:
        state["n"] += 1
        stdout.write(f"[{state['n']}/{total}] {label}… ({time.monotonic() - state['at']:.0f} s so far)")

    return step

"""Expected bad input: a stage raises :class:`Reject`; callers record it."""


class Reject(Exception):
    """The page cannot become an article.  ``stage`` is the stage name
    (``decode``, ``parse``, ``validate``, ...), ``reason`` one clear sentence."""

    def __init__(self, stage: str, reason: str):
        super().__init__(f"{stage}: {reason}")
        self.stage = stage
        self.reason = reason

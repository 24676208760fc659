"""QA view: unit lookup, job history and the QA actions (wired by the jobs API)."""

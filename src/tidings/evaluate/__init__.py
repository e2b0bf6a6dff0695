"""Score extraction against gold files written by the coding guide (section 5 and 6)."""
from .scoring import Scores, match_events, score_documents

__all__ = ["Scores", "match_events", "score_documents"]

"""Shared Hypothesis strategies: surrounding British news text to embed known expressions in."""
from __future__ import annotations

from hypothesis import strategies as st

#: Sentences from no article in particular, written to hold no figure, quote or motion.
FILLER_SENTENCES = (
    "The practice serves patients across the town.",
    "Health leaders met on Tuesday to discuss the plans.",
    "Local councillors have raised concerns about access.",
    "The surgery will stay open while the review goes on.",
    "Doctors in the region say demand keeps rising.",
    "The clinical commissioning group is expected to decide next month.",
    "Patients have been told to book appointments online.",
    "The health board has not yet published its response.",
)

#: Characters that end a sentence before an embedded phrase without touching it.
JOINERS = (" ", "\n\n", " And ", " Meanwhile, ")


@st.composite
def filler_text(draw, max_sentences: int = 3) -> str:
    """Zero or more neutral sentences."""
    return " ".join(draw(st.lists(st.sampled_from(FILLER_SENTENCES), max_size=max_sentences)))


#: Any text at all, including long and adversarial input, for the invariants every plugin keeps.
any_text = st.one_of(
    st.text(max_size=400),
    st.text(alphabet="£$€%0123456789,. -–mkbnpc'\"“”‘’:;\n", max_size=400),
    st.builds(lambda s, n: s * n, st.text(alphabet="£1,0 .5m%'“’\"", min_size=1, max_size=6), st.integers(1, 3000)),
)

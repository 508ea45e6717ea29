"""Response and request shapes of the HTTP API; they are also its OpenAPI schema."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ErrorOut(BaseModel):
    error: str = Field(description="What was wrong, in one sentence.")
    detail: Any = Field(default=None, description="Per-field problems, when the request did not validate.")


class SpanOut(BaseModel):
    text: str | None = None
    start: int | None = None
    end: int | None = None


class ActorRefOut(BaseModel):
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


class PlaceOut(BaseModel):
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None


class ModalityOut(BaseModel):
    historical: bool = False
    future: bool = False
    hypothetical: bool = False
    negated: bool = False


class SentenceOut(BaseModel):
    index: int | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


class ReportedByOut(BaseModel):
    name: str | None = None
    quote_id: str | None = None


class EventOut(BaseModel):
    id: str
    article_id: str
    article_title: str | None = None
    date: str | None = Field(None, description="Event date, else the article date (ISO 8601).")
    event: str | None = Field(None, description="PLOVER event type.")
    mode: str | None = None
    contexts: list[str] = []
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = Field(None, description="1 verbal cooperation, 2 material cooperation, "
                                                      "3 verbal conflict, 4 material conflict.")
    actor: list[ActorRefOut] = []
    recipient: list[ActorRefOut] = []
    modality: ModalityOut
    location: PlaceOut | None = None
    sentence: SentenceOut
    trigger: SpanOut | None = None
    reported_by: ReportedByOut | None = None
    explanation: str | None = None


class PageMeta(BaseModel):
    total: int = Field(description="Rows matching the filters, before limit/offset.")
    limit: int
    offset: int


class EventPage(PageMeta):
    items: list[EventOut]


class SpeakerOut(BaseModel):
    name: str | None = None
    mention: SpanOut | None = None
    code: str | None = None
    sector: str | None = None
    actor_name: str | None = None


class QuoteOut(BaseModel):
    id: str
    article_id: str
    article_title: str | None = None
    date: str | None = None
    type: str | None = None
    content: SpanOut
    cue: SpanOut | None = None
    speaker: SpeakerOut


class QuotePage(PageMeta):
    items: list[QuoteOut]


class ArticleFields(BaseModel):
    """What a stored article says of itself, shared by the list and the full view."""

    id: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    duplicate_of: str | None = None


class ArticleSummaryOut(ArticleFields):
    events: int
    quotes: int


class ArticlePage(PageMeta):
    items: list[ArticleSummaryOut]


class LocationMentionOut(BaseModel):
    text: str | None = None
    start: int | None = None
    end: int | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    geonameid: int | None = None


class ArticleOut(ArticleFields):
    text: str = Field(description="The analysed text; every start/end below is a character offset into it.")
    events: list[EventOut]
    quotes: list[QuoteOut]
    locations: list[LocationMentionOut]


class ActorOut(BaseModel):
    code: str
    name: str | None = None
    events: int = Field(description="Events with this code as actor or recipient.")
    as_actor: int
    as_recipient: int
    sectors: list[str] = []


class ActorPage(PageMeta):
    items: list[ActorOut]


class DyadOut(BaseModel):
    a: str
    b: str
    a_name: str | None = None
    b_name: str | None = None
    events: int
    a_to_b: int = Field(description="Events with a as actor and b as recipient.")
    b_to_a: int
    joint: int = Field(description="Events with a and b both among the actors (joint action).")
    cooperation: int = Field(description="QuadClass 1 or 2.")
    conflict: int = Field(description="QuadClass 3 or 4.")
    goldstein_sum: float | None = None
    goldstein_mean: float | None = None


class DyadPage(PageMeta):
    items: list[DyadOut]


class SeriesPoint(BaseModel):
    period: str = Field(description="First day of the period (ISO 8601 date).")
    start: str = Field(description="First day of the period.")
    end: str = Field(description="Last day of the period, inclusive.")
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None = Field(None, description="The tone measure: mean Goldstein score "
                                                           "(-10 conflict .. +10 cooperation).")
    cooperation_share: float | None = Field(None, description="Share of events in QuadClass 1 or 2.")


class SeriesOut(BaseModel):
    a: str
    b: str
    a_name: str | None = None
    b_name: str | None = None
    interval: Literal["day", "week", "month"]
    tone: str = Field(description="Which field is the tone measure.")
    undated: int = Field(description="Dyad events without any date (not in the series).")
    points: list[SeriesPoint]


class ArticleIn(BaseModel):
    """One article, in the shape of a line of accord's JSON Lines input."""

    model_config = ConfigDict(extra="forbid")

    id: str | int | None = Field(None, description="Defaults to a hash of title and text.")
    text: str = Field(min_length=1, description="The article body, analysed as given.")
    title: str | None = None
    date: str | None = Field(None, description="ISO 8601.")
    url: str | None = None
    language: str | None = Field(None, description="ISO 639-1; detected when absent. Only English is coded.")


class IngestOut(BaseModel):
    id: str
    stored: bool = Field(description="False when an article with this id was already stored.")
    duplicate_of: str | None = None
    events: int
    quotes: int
    locations: int
    url: str = Field(description="Where to read the stored article.")


class InfoOut(BaseModel):
    version: str
    read_only: bool
    max_limit: int
    max_body_bytes: int
    counts: dict[str, int]

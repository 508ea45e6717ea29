"""`accord eval geo`: toponym finding and resolution against GeoWebNews (GWN.xml).

GeoWebNews (Gritta et al. 2019, "A Pragmatic Guide to Geoparsing Evaluation") annotates
news articles with toponyms and the expressions around them. Only the toponyms that carry
coordinates are scored (literal places, metonyms, modifiers such as "Japanese" in "the
Japanese government", toponyms embedded in names such as "US" in "US Census Bureau"); the
other annotations (Literal_Expression, Non_Toponym, Demonym, Homonym, Language ...) have no
coordinates and are not scored.

Each article's ``<text>`` is coded exactly as given, so accord's character offsets and the
gold ones point into the same string. A gold toponym is *found* when accord produced a
location whose character span overlaps the gold span (the longest overlap wins; ties go to
the first in the text). The figures:

* ``found``: share of gold toponyms found;
* ``within_161km_of_found``: among found ones, share whose coordinates are within 161 km
  (100 miles, great-circle) of the gold coordinates;
* ``end_to_end_161km``: share of all gold toponyms found and within 161 km;
* ``median_error_km`` among found ones;
* ``predicted_on_gold``: share of accord's locations that overlap some gold annotation with
  coordinates (a rough precision check: GWN does not annotate every place, so it understates).
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from accord.ingest import Article

EARTH_RADIUS_KM = 6371.0088
TOLERANCE_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    name: str
    type: str
    start: int
    end: int
    geonameid: int | None
    lat: float | None
    lon: float | None

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class GoldArticle:
    id: str
    title: str | None
    text: str
    toponyms: list[GoldToponym]


@dataclass
class GeoEvaluation:
    articles: int = 0
    gold: int = 0
    found: int = 0
    close: int = 0  # found and within the tolerance
    errors_km: list[float] = field(default_factory=list)
    predicted: int = 0
    predicted_on_gold: int = 0
    failed_articles: int = 0
    by_type: dict[str, Counter] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)

    @property
    def found_share(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def within_share(self) -> float:
        return self.close / self.found if self.found else 0.0

    @property
    def end_to_end(self) -> float:
        return self.close / self.gold if self.gold else 0.0

    def as_dict(self) -> dict:
        figures = {
            "articles": self.articles,
            "gold_toponyms": self.gold,
            "found": round(self.found_share, 4),
            "within_161km_of_found": round(self.within_share, 4),
            "end_to_end_161km": round(self.end_to_end, 4),
            "median_error_km": round(statistics.median(self.errors_km), 1) if self.errors_km else None,
            "found_count": self.found,
            "within_161km_count": self.close,
            "predicted_locations": self.predicted,
            "predicted_on_gold": round(self.predicted_on_gold / self.predicted, 4) if self.predicted else 0.0,
        }
        if self.failed_articles:
            figures["failed_articles"] = self.failed_articles
        for kind in sorted(self.by_type, key=lambda k: -self.by_type[k]["gold"]):
            c = self.by_type[kind]
            figures[f"type {kind}"] = (f"n={c['gold']} found={c['found'] / c['gold']:.3f} "
                                       f"e2e161={c['close'] / c['gold']:.3f}")
        return figures


def _text(element: ET.Element, tag: str) -> str | None:
    child = element.find(tag)
    if child is None or child.text is None or not child.text.strip():
        return None
    return child.text.strip()


def read_gwn(path: Path) -> list[GoldArticle]:
    """Articles and their toponyms from a GeoWebNews XML file."""
    root = ET.parse(path).getroot()
    if root.tag != "articles":
        raise ValueError(f"expected an <articles> root, found <{root.tag}>")
    articles = []
    for number, node in enumerate(root.iter("article")):
        text_node = node.find("text")
        text = text_node.text if text_node is not None and text_node.text is not None else ""
        toponyms = []
        holder = node.find("toponyms")
        for item in (holder if holder is not None else []):
            if item.tag != "toponym":
                continue
            lat, lon = _text(item, "latitude"), _text(item, "longitude")
            ident = _text(item, "geonamesID")
            toponyms.append(GoldToponym(
                name=_text(item, "extractedName") or "",
                type=_text(item, "type") or "",
                start=int(_text(item, "start")),
                end=int(_text(item, "end")),
                geonameid=int(ident) if ident and ident.isdigit() else None,
                lat=float(lat) if lat is not None else None,
                lon=float(lon) if lon is not None else None,
            ))
        toponyms.sort(key=lambda t: (t.start, t.end))
        articles.append(GoldArticle(node.get("file") or str(number), _text(node, "title"), text, toponyms))
    return articles


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_article(gold: GoldArticle, locations: list[dict], result: GeoEvaluation) -> None:
    """Add one article's figures (and misses) to ``result``."""
    scored = [t for t in gold.toponyms if t.has_coordinates]
    result.predicted += len(locations)
    result.predicted_on_gold += sum(
        1 for loc in locations if any(_overlap(loc["start"], loc["end"], t.start, t.end) for t in scored))
    for toponym in scored:
        counts = result.by_type.setdefault(toponym.type, Counter())
        counts["gold"] += 1
        result.gold += 1
        best, best_overlap = None, 0
        for loc in locations:
            overlap = _overlap(loc["start"], loc["end"], toponym.start, toponym.end)
            if overlap > best_overlap:
                best, best_overlap = loc, overlap
        miss = {"article": gold.id, "name": toponym.name, "type": toponym.type,
                "start": toponym.start, "end": toponym.end,
                "gold": {"lat": toponym.lat, "lon": toponym.lon, "geonameid": toponym.geonameid}}
        if best is None:
            miss["problem"] = "not found"
            result.misses.append(miss)
            continue
        result.found += 1
        counts["found"] += 1
        distance = haversine_km(toponym.lat, toponym.lon, best["lat"], best["lon"])
        result.errors_km.append(distance)
        if distance <= TOLERANCE_KM:
            result.close += 1
            counts["close"] += 1
            continue
        miss["problem"] = "too far"
        miss["predicted"] = {"text": best["text"], "name": best["name"], "lat": best["lat"], "lon": best["lon"],
                             "country": best.get("country"), "feature": best.get("feature"),
                             "geonameid": best.get("geonameid")}
        miss["distance_km"] = round(distance, 1)
        result.misses.append(miss)


def evaluate_geo(path: Path, pipeline) -> GeoEvaluation:
    gold = read_gwn(Path(path))
    articles = [Article(id=f"gwn-{g.id}", text=g.text, title=None, language="en", source=f"{path}#{g.id}")
                for g in gold]
    result = GeoEvaluation(articles=len(gold))
    for g, coded in zip(gold, pipeline.code(articles)):
        if coded.record is None:
            result.failed_articles += 1
            score_article(g, [], result)
            continue
        score_article(g, coded.record.get("locations") or [], result)
    return result

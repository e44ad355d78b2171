# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for the Slant analyst notebooks.

Reads the Parquet tables a Slant run writes (hive-partitioned by ``date=`` or ``batch=``) with DuckDB and gives
the notebooks a few derived views. Tables and columns the team is still adding (weekly/period aggregates, slant,
frames, labels, wire flags) are used when present; otherwise the helpers compute a fallback from the row-level
tables and print a ``NOTE:`` saying so, so the notebooks run on any output root.

Where the tables are: ``$SLANT_TABLES``, default ``<repo>/out``. Figures are also saved as PNG under
``$SLANT_FIGURES``, default ``<repo>/out/notebooks/figures``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parent.parent

# Tables the foundation writes, and tables/columns announced by the team (used when present).
CORE_TABLES = ["articles", "rejects", "mentions", "article_actor", "outlet_actor_daily", "runs"]
OPTIONAL_TABLES = ["outlet_actor_weekly", "outlet_actor_monthly", "outlet_actor_period", "outlet_actor_slant",
                   "outlet_actor_frames_daily", "outlet_actor_frames_weekly", "outlet_actor_frames_monthly",
                   "actor_labels"]

WIRE_BYLINES = {"dpa", "afp", "ap", "reuters", "epd", "kna", "apa", "sda", "ddp", "sid", "dts", "afx"}


def note(msg: str) -> None:
    """Prints a visible note in the notebook output (used for fallbacks and missing data)."""
    print(f"NOTE: {msg}")


def tables_root() -> Path:
    return Path(os.environ.get("SLANT_TABLES", str(REPO / "out"))).resolve()


def figures_dir() -> Path:
    d = Path(os.environ.get("SLANT_FIGURES", str(REPO / "out" / "notebooks" / "figures")))
    d.mkdir(parents=True, exist_ok=True)
    return d


def save_fig(fig, name: str) -> Path:
    """Saves a matplotlib figure as <figures_dir>/<name>.png (the notebook shows it inline as well)."""
    path = figures_dir() / f"{name}.png"
    fig.savefig(path, dpi=120, bbox_inches="tight")
    return path


def outlet_palette(outlets) -> dict:
    """One fixed colour per outlet (sorted by name), the same in every notebook."""
    import seaborn as sns
    outlets = sorted(set(outlets))
    return dict(zip(outlets, sns.color_palette("tab10", max(len(outlets), 1))))


class Tables:
    """DuckDB views over every table found under the output root: ``t.sql("select … from mentions")``."""

    def __init__(self, root: str | Path | None = None):
        self.root = Path(root).resolve() if root else tables_root()
        if not self.root.is_dir():
            raise FileNotFoundError(
                f"no Slant output at {self.root}: run `jobs/slant run --config jobs/local.yaml --output out` "
                f"or set SLANT_TABLES")
        self.con = duckdb.connect()
        self.present: list[str] = []
        for d in sorted(p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
            if not any(d.rglob("*.parquet")):
                continue
            glob = str(d / "**" / "*.parquet").replace("'", "''")
            # union_by_name: partitions written before a column was added simply read it as NULL.
            self.con.execute(f'create view "{d.name}" as select * from read_parquet(\'{glob}\', '
                             f'hive_partitioning = true, union_by_name = true)')
            self.present.append(d.name)
        missing = [t for t in CORE_TABLES if t not in self.present]
        if missing:
            note(f"tables missing under {self.root}: {', '.join(missing)}")

    def __repr__(self) -> str:
        return f"Tables({self.root}: {', '.join(self.present)})"

    def has(self, table: str, *columns: str) -> bool:
        """Whether the table exists and has all the given columns."""
        if table not in self.present:
            return False
        cols = set(self.columns(table))
        return all(c in cols for c in columns)

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.con.execute(f'describe "{table}"').fetchall()]

    def column_types(self, table: str) -> dict[str, str]:
        return {r[0]: r[1] for r in self.con.execute(f'describe "{table}"').fetchall()}

    def sql(self, query: str, params: list | None = None) -> pd.DataFrame:
        return self.con.execute(query, params or []).df()

    def overview(self) -> pd.DataFrame:
        """Rows and columns of every table present, plus which announced tables are not there yet."""
        rows = []
        for t in self.present:
            n = self.con.execute(f'select count(*) from "{t}"').fetchone()[0]
            rows.append({"table": t, "rows": n, "columns": len(self.columns(t)), "present": True})
        for t in CORE_TABLES + OPTIONAL_TABLES:
            if t not in self.present:
                rows.append({"table": t, "rows": 0, "columns": 0, "present": False})
        return pd.DataFrame(rows)

    def actor_name(self, actor_id: str) -> str:
        """The actor's most used canonical name (German and English names differ, e.g. Wladimir/Vladimir)."""
        if "article_actor" not in self.present:
            return actor_id
        r = self.con.execute("select actor_name, count(*) n from article_actor where actor_id = ? "
                             "group by 1 order by n desc, 1 limit 1", [actor_id]).fetchone()
        return r[0] if r else actor_id

    def actor_names(self) -> dict[str, str]:
        df = self.sql("select actor_id, actor_name, count(*) n from article_actor group by all "
                      "order by actor_id, n desc, actor_name")
        return df.drop_duplicates("actor_id").set_index("actor_id")["actor_name"].to_dict()


def pick(columns, *candidates: str) -> str | None:
    """The first candidate column name that exists (announced tables may name their period column differently)."""
    cols = set(columns)
    for c in candidates:
        if c in cols:
            return c
    return None


# ---------------------------------------------------------------------------------------------------- statistics

def bootstrap_mean_ci(values, n_boot: int = 2000, level: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap CI of the mean. NaN when fewer than two values (no spread to resample)."""
    v = np.asarray(values, dtype=float)
    v = v[~np.isnan(v)]
    if len(v) < 2:
        return (np.nan, np.nan)
    rng = np.random.default_rng(seed)
    means = v[rng.integers(0, len(v), size=(n_boot, len(v)))].mean(axis=1)
    a = (1 - level) / 2
    return (float(np.quantile(means, a)), float(np.quantile(means, 1 - a)))


def bootstrap_diff_ci(a, b, n_boot: int = 2000, level: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap CI of mean(a) − mean(b), resampling a and b independently."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if len(a) < 2 or len(b) < 2:
        return (np.nan, np.nan)
    rng = np.random.default_rng(seed)
    ma = a[rng.integers(0, len(a), size=(n_boot, len(a)))].mean(axis=1)
    mb = b[rng.integers(0, len(b), size=(n_boot, len(b)))].mean(axis=1)
    d = ma - mb
    q = (1 - level) / 2
    return (float(np.quantile(d, q)), float(np.quantile(d, 1 - q)))


# ---------------------------------------------------------------------------------------------- derived views

def weekly_actor(t: Tables, actor_id: str, voice: str = "all", content_scope: str = "all") -> pd.DataFrame:
    """Weekly sentiment toward one actor per outlet, with 95 % CI and attention share.

    Columns: outlet, week (Monday), n_articles, sentiment_mean, ci_low, ci_high, attention_share, source.
    Uses ``outlet_actor_weekly`` when it has the needed columns, else computes from article_actor + articles
    (mean of article-level sentiment, percentile bootstrap CI over the week's articles).
    """
    if t.has("outlet_actor_weekly", "outlet", "actor_id", "ci_low", "ci_high"):
        try:
            return _weekly_from_table(t, actor_id, voice, content_scope)
        except Exception as e:  # an announced table whose shape differs from what we expect: fall back
            note(f"outlet_actor_weekly present but not usable here ({e}); computing from article_actor instead")
    else:
        note("outlet_actor_weekly (with ci_low/ci_high) not present: weekly means and bootstrap 95 % CIs are "
             "computed here from article_actor, attention share from articles")
    if voice != "all" or content_scope != "all":
        note(f"voice={voice!r} / content_scope={content_scope!r} need the announced weekly table or per-mention "
             f"voice; the fallback uses all mentions (article_actor mixes the outlet's and quoted voices)")
    return _weekly_fallback(t, actor_id)


def _weekly_from_table(t, actor_id, voice, content_scope):
    cols = t.columns("outlet_actor_weekly")
    period = pick(cols, "week", "week_start", "period_start", "period", "date")
    senti = pick(cols, "sentiment_mean", "sentiment", "mean_sentiment")
    n_art = pick(cols, "n_articles", "articles", "n")
    if period is None or senti is None:
        raise ValueError("no period or sentiment column")
    where, params = ["actor_id = ?"], [actor_id]
    for col, val in (("voice", voice), ("content_scope", content_scope)):
        if col in cols:
            where.append(f"{col} = ?")
            params.append(val)
    att = "attention_share" if "attention_share" in cols else "null"
    df = t.sql(f"""select outlet, cast({period} as date) as week, {n_art or 'null'} as n_articles,
                          {senti} as sentiment_mean, ci_low, ci_high, {att} as attention_share
                   from outlet_actor_weekly where {' and '.join(where)} order by outlet, week""", params)
    if df.empty:
        raise ValueError(f"no rows for actor {actor_id}, voice {voice}, content_scope {content_scope}")
    if att == "null":
        note("outlet_actor_weekly has no attention_share: computing it from articles")
        df = df.drop(columns="attention_share").merge(_attention(t, actor_id), on=["outlet", "week"], how="left")
    df["source"] = "outlet_actor_weekly"
    return df


def _attention(t, actor_id):
    return t.sql("""
        with wk as (select outlet, cast(date_trunc('week', date) as date) as week, article_id from articles),
             tot as (select outlet, week, count(distinct article_id) as n_total from wk group by all),
             hit as (select a.outlet, cast(date_trunc('week', a.date) as date) as week,
                            count(distinct a.article_id) as n_hit
                     from article_actor a where a.actor_id = ? group by all)
        select tot.outlet, tot.week, coalesce(n_hit, 0) as n_hit, n_total,
               coalesce(n_hit, 0) / n_total as attention_share
        from tot left join hit using (outlet, week)""", [actor_id])


def _weekly_fallback(t, actor_id):
    rows = t.sql("""select outlet, cast(date_trunc('week', date) as date) as week, article_id, sentiment
                    from article_actor where actor_id = ?""", [actor_id])
    out = []
    for (outlet, week), g in rows.groupby(["outlet", "week"]):
        lo, hi = bootstrap_mean_ci(g["sentiment"])
        out.append({"outlet": outlet, "week": week, "n_articles": len(g),
                    "sentiment_mean": g["sentiment"].mean(), "ci_low": lo, "ci_high": hi})
    agg = pd.DataFrame(out, columns=["outlet", "week", "n_articles", "sentiment_mean", "ci_low", "ci_high"])
    att = _attention(t, actor_id)[["outlet", "week", "attention_share"]]
    df = att.merge(agg, on=["outlet", "week"], how="left")  # keep weeks where the outlet ignored the actor
    df["n_articles"] = df["n_articles"].fillna(0).astype(int)
    df["source"] = "computed from article_actor"
    return df.sort_values(["outlet", "week"]).reset_index(drop=True)


def top_actors(t: Tables, n: int = 12, include_discovered: bool = False, min_outlets: int = 3) -> list[str]:
    """Actor ids with the most mentions that at least ``min_outlets`` outlets wrote about."""
    where = "" if include_discovered else "where actor_id not like 'auto:%'"
    df = t.sql(f"""select actor_id, count(*) n, count(distinct outlet) o from mentions {where}
                   group by 1 having o >= {int(min_outlets)} order by n desc, actor_id limit {int(n)}""")
    return df["actor_id"].tolist()


def relative_slant(t: Tables, actor_ids: list[str], min_articles: int = 3) -> pd.DataFrame:
    """Relative slant per outlet and actor: outlet mean − mean of the other outlets, with 95 % CI and low_n.

    Uses ``outlet_actor_slant`` when present; else computes it from article_actor over the whole period
    (articles weighted equally; CI: bootstrap of the difference, resampling each side's articles).
    """
    if t.has("outlet_actor_slant", "outlet", "actor_id", "slant", "slant_ci_low", "slant_ci_high"):
        cols = t.columns("outlet_actor_slant")
        low_n = "low_n" if "low_n" in cols else "false"
        n_art = pick(cols, "n_articles", "n") or "null"
        df = t.sql(f"""select outlet, actor_id, {n_art} as n_articles, slant, slant_ci_low, slant_ci_high,
                              {low_n} as low_n
                       from outlet_actor_slant where actor_id in (select unnest(?))""", [list(actor_ids)])
        if "period" in cols or "period_start" in cols:
            note("outlet_actor_slant has several periods; this heatmap averages them - filter the table for one")
            df = df.groupby(["outlet", "actor_id"], as_index=False).agg(
                n_articles=("n_articles", "sum"), slant=("slant", "mean"), slant_ci_low=("slant_ci_low", "mean"),
                slant_ci_high=("slant_ci_high", "mean"), low_n=("low_n", "max"))
        df["source"] = "outlet_actor_slant"
        return df
    note("outlet_actor_slant not present: slant = outlet mean − mean of all other outlets' articles, computed here "
         "from article_actor over the whole period, with a bootstrap 95 % CI of the difference")
    aa = t.sql("select outlet, actor_id, sentiment from article_actor where actor_id in (select unnest(?))",
               [list(actor_ids)])
    outlets = sorted(t.sql("select distinct outlet from articles")["outlet"])
    rows = []
    for actor, g in aa.groupby("actor_id"):
        for outlet in outlets:
            own = g.loc[g["outlet"] == outlet, "sentiment"].to_numpy()
            other = g.loc[g["outlet"] != outlet, "sentiment"].to_numpy()
            if len(own) == 0 or len(other) == 0:
                rows.append({"outlet": outlet, "actor_id": actor, "n_articles": len(own), "slant": np.nan,
                             "slant_ci_low": np.nan, "slant_ci_high": np.nan, "low_n": True})
                continue
            lo, hi = bootstrap_diff_ci(own, other)
            rows.append({"outlet": outlet, "actor_id": actor, "n_articles": len(own),
                         "slant": own.mean() - other.mean(), "slant_ci_low": lo, "slant_ci_high": hi,
                         "low_n": len(own) < min_articles})
    df = pd.DataFrame(rows)
    df["source"] = "computed from article_actor"
    return df


def frame_shares(t: Tables, actor_id: str, voice: str = "all", content_scope: str = "all") -> pd.DataFrame | None:
    """Frame shares per outlet for an actor (outlet, frame, count, share), or None when no frames are written.

    The frame tables hold one row per voice (outlet, quoted and their union "all") and per content scope (all, own),
    so exactly one voice and one scope are selected; summing over them would count every cue two to four times.
    """
    table = next((n for n in ("outlet_actor_frames_monthly", "outlet_actor_frames_weekly", "outlet_actor_frames_daily")
                  if t.has(n, "outlet", "actor_id", "frame", "count")), None)
    if table is not None:
        cols = t.columns(table)
        where, params = ["actor_id = ?"], [actor_id]
        for col, val in (("voice", voice), ("content_scope", content_scope)):
            if col in cols:
                where.append(f"{col} = ?")
                params.append(val)
        df = t.sql(f"""select outlet, frame, cast(sum("count") as bigint) as count from {table}
                       where {' and '.join(where)} group by all""", params)
        source = table
    elif t.has("mentions", "frames"):
        typ = t.column_types("mentions")["frames"]
        frame_expr = "f.frame" if "STRUCT" in typ.upper() else "f"
        df = t.sql(f"""select outlet, {frame_expr} as frame, count(*) as count
                       from (select outlet, unnest(frames) as f from mentions where actor_id = ?)
                       group by all""", [actor_id])
        source = "mentions.frames"
        note("outlet_actor_frames_daily not present: frame counts are computed from mentions.frames")
    else:
        return None
    if df.empty:
        return df.assign(share=[], source=[])
    df["share"] = df["count"] / df.groupby("outlet")["count"].transform("sum")
    df["source"] = source
    return df


def cue_words(t: Tables, actor_id: str) -> pd.DataFrame:
    """Sentiment cue words toward an actor per outlet: outlet, cue, n, weight_sum, weight_mean."""
    return t.sql("""select outlet, lower(c.text) as cue, count(*) as n, sum(c.weight) as weight_sum,
                           avg(c.weight) as weight_mean
                    from (select outlet, unnest(cues) as c from mentions where actor_id = ?)
                    group by all""", [actor_id])


def label_key(label: str) -> str:
    """A label's head noun for grouping: last word, hyphens dropped, lower-cased ('russische Präsident',
    'Präsident' → 'präsident'; 'Kreml-Chef', 'Kremlchef' → 'kremlchef'; German -en plural/oblique stripped for
    'Präsidenten')."""
    head = re.split(r"\s+", label.strip())[-1].replace("-", "").lower()
    if head.endswith("präsidenten"):
        head = head[:-2]
    return head


def label_usage(t: Tables, actor_ids: list[str] | None = None) -> pd.DataFrame:
    """Label usage per outlet: outlet, actor_id, label (as written), key (head noun), count, source."""
    where, params = "", []
    if actor_ids:
        where, params = "where actor_id in (select unnest(?))", [list(actor_ids)]
    if t.has("actor_labels", "outlet", "actor_id", "label", "count"):
        df = t.sql(f"""select outlet, actor_id, label, cast(sum("count") as bigint) as count from actor_labels {where}
                       group by all""", params)
        df["source"] = "actor_labels"
    else:
        note("actor_labels not present: label usage is counted here from mentions.labels")
        df = t.sql(f"""select outlet, actor_id, label, count(*) as count
                       from (select outlet, actor_id, unnest(labels) as label from mentions {where})
                       group by all""", params)
        df["source"] = "mentions.labels"
    df["key"] = df["label"].map(label_key)
    return df


def wire_share(t: Tables) -> tuple[pd.DataFrame, str]:
    """Share of wire copies per outlet, and how it was determined ('is_wire' or a byline heuristic)."""
    if t.has("articles", "is_wire"):
        agency = "coalesce(wire_agency, 'unknown')" if t.has("articles", "wire_agency") else "'unknown'"
        df = t.sql(f"""select outlet, count(*) as n_articles, count(*) filter (where is_wire) as n_wire,
                              string_agg(distinct {agency}, ', ') filter (where is_wire) as agencies
                       from articles group by 1 order by 1""")
        method = "articles.is_wire"
        if df["n_wire"].sum() == 0 and t.sql("select count(is_wire) n from articles")["n"][0] == 0:
            note("articles.is_wire exists but is NULL everywhere (partitions written before it was added?)")
    else:
        note("articles.is_wire is not present (not written yet): falling back to a byline heuristic - an article "
             "counts as wire when an author is a news agency (dpa, AFP, Reuters, …). Wire copies printed without "
             "a byline are missed, so this is a lower bound.")
        arts = t.sql("select outlet, article_id, authors from articles")
        def agency(authors):
            hits = [a for a in (authors if authors is not None else []) if a.strip().lower() in WIRE_BYLINES]
            return ", ".join(sorted(set(hits))) if hits else None
        arts["agency"] = arts["authors"].map(agency)
        df = arts.groupby("outlet").agg(n_articles=("article_id", "count"),
                                        n_wire=("agency", lambda s: s.notna().sum()),
                                        agencies=("agency", lambda s: ", ".join(sorted(set(s.dropna())))))
        df = df.reset_index()
        method = "byline heuristic (lower bound)"
    df["wire_share"] = df["n_wire"] / df["n_articles"]
    return df, method

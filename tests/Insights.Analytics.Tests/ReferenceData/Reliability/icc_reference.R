# Reference values for the panel-reliability tests (Insights.Analytics.Reliability).
#
# Run from anywhere:
#   Rscript tests/Insights.Analytics.Tests/ReferenceData/Reliability/icc_reference.R [path/to/writing.csv]
# Writes icc_reference.csv beside this script: one row per reference value,
# columns dataset,statistic,type,field,value (value printed with 17 significant digits).
#
# Sources:
#   - ICCs: psych::ICC (psych 2.2.9 on R 4.2.2 when generated), with lmer = FALSE
#     (the exact two-way ANOVA mean squares of Shrout & Fleiss 1979) and, for comparison,
#     with the default lmer = TRUE (REML variance components, optimizer tolerance applies).
#   - Kendall's W: base-R implementation of the tie-corrected formula (as in irr::kendall,
#     correct = TRUE; irr itself is not packaged in Debian).
#   - Krippendorff's alpha (interval): base-R implementation through the coincidence matrix
#     of Krippendorff (2011), "Computing Krippendorff's alpha-reliability" -- a different
#     computation path from the C# sum-of-squares form.
#   - Exact agreement: share of judge pairs on a unit giving identical scores.
suppressPackageStartupMessages(library(psych))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(script) == 1) dirname(normalizePath(script)) else getwd()
trailing <- commandArgs(trailingOnly = TRUE)
essay_csv <- if (length(trailing) >= 1) trailing[1] else
  file.path(here, "..", "..", "..", "..", "..", "shared", "datasets",
            "essay-ratings-wind-hua", "writing.csv")

rows <- list()
put <- function(dataset, statistic, type, field, value) {
  rows[[length(rows) + 1]] <<- data.frame(dataset = dataset, statistic = statistic, type = type,
                                          field = field, value = sprintf("%.17g", value))
}

# ---- ICC --------------------------------------------------------------------------------
put_icc <- function(dataset, x, lmer) {
  res <- ICC(x, lmer = lmer)$results
  statistic <- if (lmer) "icc_lmer" else "icc"
  for (i in seq_len(nrow(res))) {
    put(dataset, statistic, res$type[i], "ICC", res$ICC[i])
    put(dataset, statistic, res$type[i], "F", res$F[i])
    put(dataset, statistic, res$type[i], "df1", res$df1[i])
    put(dataset, statistic, res$type[i], "df2", res$df2[i])
    put(dataset, statistic, res$type[i], "p", res$p[i])
    put(dataset, statistic, res$type[i], "lower", res[["lower bound"]][i])
    put(dataset, statistic, res$type[i], "upper", res[["upper bound"]][i])
  }
}

# ---- Kendall's W with tie correction (base R) ---------------------------------------------
kendall_w <- function(x) {
  n <- nrow(x); m <- ncol(x)
  r <- apply(x, 2, rank)                      # mid-ranks for ties
  s <- sum((rowSums(r) - mean(rowSums(r)))^2)
  t <- 0
  for (j in 1:m) { tab <- table(r[, j]); l <- as.numeric(tab[tab > 1]); t <- t + sum(l^3 - l) }
  w <- 12 * s / (m^2 * (n^3 - n) - m * t)
  chi <- m * (n - 1) * w
  c(W = w, S = s, T = t, chisq = chi, df = n - 1,
    p = pchisq(chi, n - 1, lower.tail = FALSE))
}
put_kendall <- function(dataset, x) {
  k <- kendall_w(x)
  for (f in names(k)) put(dataset, "kendall", "W", f, k[[f]])
}

# ---- Krippendorff's alpha, interval metric, via the coincidence matrix (base R) ------------
# x: units in rows, coders in columns, NA = missing.
kripp_alpha_interval <- function(x) {
  vals <- sort(unique(as.vector(x[!is.na(x)])))
  o <- matrix(0, length(vals), length(vals))
  for (u in seq_len(nrow(x))) {
    v <- x[u, !is.na(x[u, ])]
    mu <- length(v)
    if (mu < 2) next
    idx <- match(v, vals)
    for (i in 1:mu) for (j in 1:mu) if (i != j)
      o[idx[i], idx[j]] <- o[idx[i], idx[j]] + 1 / (mu - 1)
  }
  nc <- rowSums(o); n <- sum(nc)
  delta2 <- outer(vals, vals, function(a, b) (a - b)^2)
  do <- sum(o * delta2) / n
  de <- sum(outer(nc, nc) * delta2) / (n * (n - 1))
  c(alpha = 1 - do / de, Do = do, De = de, n = n)
}
put_kripp <- function(dataset, x) {
  k <- kripp_alpha_interval(x)
  for (f in names(k)) put(dataset, "krippendorff_interval", "alpha", f, k[[f]])
}

# ---- Exact agreement ----------------------------------------------------------------------
exact_agreement <- function(x) {
  agree <- 0; pairs <- 0
  for (u in seq_len(nrow(x))) {
    v <- x[u, !is.na(x[u, ])]
    if (length(v) < 2) next
    d <- outer(v, v, "==")
    agree <- agree + (sum(d) - length(v)) / 2
    pairs <- pairs + length(v) * (length(v) - 1) / 2
  }
  c(rate = agree / pairs, agreeing = agree, pairs = pairs)
}
put_agreement <- function(dataset, x) {
  a <- exact_agreement(x)
  for (f in names(a)) put(dataset, "exact_agreement", "rate", f, a[[f]])
}

# ---- Shrout & Fleiss (1979) Table 2, as in psych's ICC documentation ----------------------
sf <- matrix(c(9, 2, 5, 8,
               6, 1, 3, 2,
               8, 4, 6, 8,
               7, 1, 2, 6,
               10, 5, 6, 9,
               6, 2, 4, 7), ncol = 4, byrow = TRUE)
put_icc("sf", sf, lmer = FALSE)
put_icc("sf", sf, lmer = TRUE)
put_kendall("sf", sf)
put_kripp("sf", sf)

# ---- Krippendorff (2011) reliability data: 4 coders x 12 units, missing values ------------
kd <- rbind(c(1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA),
            c(1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3),
            c(NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA),
            c(1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA))
put_kripp("krippendorff2011", t(kd))   # units in rows

# ---- Essay ratings (Wind & Hua): 372 students x 21 raters ---------------------------------
w <- read.csv(essay_csv)
students <- sort(unique(w$student)); raters <- sort(unique(w$rater))
to_matrix <- function(values) {
  m <- matrix(NA_real_, length(students), length(raters))
  m[cbind(match(w$student, students), match(w$rater, raters))] <- values
  m
}
style <- to_matrix(w$style)
mean4 <- to_matrix((w$style + w$org + w$conv + w$sent_form) / 4)
stopifnot(!anyNA(style), !anyNA(mean4))

put_icc("essay_style", style, lmer = FALSE)
put_icc("essay_style", style, lmer = TRUE)
put_icc("essay_mean4", mean4, lmer = FALSE)
put_kendall("essay_style", style)
put_kendall("essay_mean4", mean4)
put_kripp("essay_style", style)
put_kripp("essay_mean4", mean4)
put_agreement("essay_style", style)

# A deterministic missing pattern on real data: drop cell (i, j) when (i + 2 j) %% 7 == 0
# (1-based student index i in sorted order, rater index j), so some units keep fewer values.
style_missing <- style
for (i in seq_len(nrow(style))) for (j in seq_len(ncol(style)))
  if ((i + 2 * j) %% 7 == 0) style_missing[i, j] <- NA
put_kripp("essay_style_missing", style_missing)
put_agreement("essay_style_missing", style_missing)

out <- do.call(rbind, rows)
write.csv(out, file.path(here, "icc_reference.csv"), row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "rows to", file.path(here, "icc_reference.csv"), "\n")

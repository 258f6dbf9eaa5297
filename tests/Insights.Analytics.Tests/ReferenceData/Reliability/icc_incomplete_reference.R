# Reference values for the incomplete-data intraclass correlations
# (IntraclassCorrelation.ComputeIncomplete / FromVarianceComponents, Insights.Analytics.Reliability).
#
# Run from anywhere:
#   Rscript tests/Insights.Analytics.Tests/ReferenceData/Reliability/icc_incomplete_reference.R [path/to/writing.csv]
# Writes beside this script:
#   icc_incomplete_reference.csv  dataset,source,type,field,value (value with 17 significant digits)
#     source psych_lmer : psych::ICC(x, lmer = TRUE, missing = FALSE)$results (ICC, F, df1, df2, p, lower, upper
#                         per type) and its $lme variance table (type variance, fields ID, Items, Residual),
#                         n.obs and n.judge (type dims)
#     source psych_aov  : psych::ICC(x, lmer = FALSE) on the complete matrices only (sanity comparison)
#     source lme4_tight : the same model, lmer(values ~ 1 + (1|id) + (1|items)), refitted with tightened
#                         nloptwrap tolerances (see `tight`): variance components and REML criterion, to
#                         separate psych's optimizer tolerance from our own error
#   icc_incomplete_matrices.csv   dataset,project,judge,score: every observed cell (0-based row and column) of the
#                                 incomplete matrices, whose missing patterns come from R's RNG and cannot be
#                                 rebuilt in C#; dims are in the reference file (type dims)
#
# Datasets (seed 20261125 for every random choice, set once before each dataset):
#   essay_style_panel5  essay style domain, 372 students x 21 raters, each student keeps 5 raters chosen at random
#   essay_mean4_mcar30  essay mean of the 4 domains, 372 x 21, each cell dropped independently with probability 0.3
#   synthetic_3of10     40 projects x 10 judges, 3 judges per project at random; score = 6 + project N(0, 1)
#                       + judge N(0, 0.6^2) + error N(0, 0.7^2), rounded to 2 decimals
#   sf, essay_style     complete matrices: psych's lmer route against its ANOVA route
# Generated with R 4.2.2, psych 2.2.9, lme4 1.1-31.
suppressPackageStartupMessages({ library(psych); library(lme4) })

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(script) == 1) dirname(normalizePath(script)) else getwd()
trailing <- commandArgs(trailingOnly = TRUE)
essay_csv <- if (length(trailing) >= 1) trailing[1] else
  file.path(here, "..", "..", "..", "..", "..", "shared", "datasets",
            "essay-ratings-wind-hua", "writing.csv")

rows <- list()
put <- function(dataset, source, type, field, value) {
  rows[[length(rows) + 1]] <<- data.frame(dataset = dataset, source = source, type = type,
                                          field = field, value = sprintf("%.17g", value))
}
cells <- list()
put_matrix <- function(dataset, x) {
  idx <- which(!is.na(x), arr.ind = TRUE)
  idx <- idx[order(idx[, 1], idx[, 2]), , drop = FALSE]
  cells[[length(cells) + 1]] <<- data.frame(dataset = dataset, project = idx[, 1] - 1, judge = idx[, 2] - 1,
                                            score = sprintf("%.17g", x[idx]))
}

put_results <- function(dataset, source, res) {
  for (i in seq_len(nrow(res))) {
    put(dataset, source, res$type[i], "ICC", res$ICC[i])
    put(dataset, source, res$type[i], "F", res$F[i])
    put(dataset, source, res$type[i], "df1", res$df1[i])
    put(dataset, source, res$type[i], "df2", res$df2[i])
    put(dataset, source, res$type[i], "p", res$p[i])
    put(dataset, source, res$type[i], "lower", res[["lower bound"]][i])
    put(dataset, source, res$type[i], "upper", res[["upper bound"]][i])
  }
}

# nloptr's own default xtol_rel = 1e-4 applies unless overridden (lme4 sets only xtol_abs and ftol_abs, 1e-8),
# so psych's fits stop when theta moves by less than 1e-4 relative; tightening xtol_abs/ftol_abs alone changes
# nothing. Here every tolerance is tightened; the REML criterion is flat to ~1e-16, which limits theta to ~1e-8.
tight <- lmerControl(optimizer = "nloptwrap",
                     optCtrl = list(xtol_rel = 1e-12, xtol_abs = 1e-12, ftol_rel = 1e-15, ftol_abs = 1e-14,
                                    maxeval = 100000))

reference <- function(dataset, x, complete = FALSE) {
  icc <- ICC(x, lmer = TRUE, missing = FALSE)
  put_results(dataset, "psych_lmer", icc$results)
  for (f in c("ID", "Items", "Residual")) put(dataset, "psych_lmer", "variance", f, icc$lme[f, "variance"])
  put(dataset, "psych_lmer", "dims", "n.obs", icc$n.obs)
  put(dataset, "psych_lmer", "dims", "n.judge", icc$n.judge)
  put(dataset, "psych_lmer", "dims", "scores", sum(!is.na(x)))
  # The same data frame psych builds (stack of the columns, subjects S1..Sn), fitted tightly.
  df <- data.frame(stack(data.frame(x)), id = rep(paste0("S", seq_len(nrow(x))), ncol(x)))
  colnames(df) <- c("values", "items", "id")
  fit <- lmer(values ~ 1 + (1 | id) + (1 | items), data = df, na.action = na.omit, control = tight)
  vc <- VarCorr(fit)
  put(dataset, "lme4_tight", "variance", "ID", vc$id[1, 1])
  put(dataset, "lme4_tight", "variance", "Items", vc$items[1, 1])
  put(dataset, "lme4_tight", "variance", "Residual", attr(vc, "sc")^2)
  put(dataset, "lme4_tight", "variance", "REMLcrit", REMLcrit(fit))
  if (complete) put_results(dataset, "psych_aov", ICC(x, lmer = FALSE)$results)
  else put_matrix(dataset, x)
}

# ---- Essay ratings (Wind & Hua): 372 students x 21 raters, as in icc_reference.R ------------
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

set.seed(20261125)
panel5 <- matrix(NA_real_, nrow(style), ncol(style))
for (i in seq_len(nrow(style))) { keep <- sample(ncol(style), 5); panel5[i, keep] <- style[i, keep] }
reference("essay_style_panel5", panel5)

set.seed(20261125)
mcar <- mean4
mcar[matrix(runif(length(mcar)) < 0.3, nrow(mcar))] <- NA
stopifnot(all(rowSums(!is.na(mcar)) >= 1))
reference("essay_mean4_mcar30", mcar)

# ---- Synthetic sparse panel: 40 projects, 10 judges, 3 judges per project ------------------
set.seed(20261125)
n <- 40; k <- 10
project <- rnorm(n, 0, 1); judge <- rnorm(k, 0, 0.6)
syn <- matrix(NA_real_, n, k)
for (i in seq_len(n)) for (j in sample(k, 3)) syn[i, j] <- round(6 + project[i] + judge[j] + rnorm(1, 0, 0.7), 2)
stopifnot(all(colSums(!is.na(syn)) >= 1))
reference("synthetic_3of10", syn)

# ---- Complete matrices: the lmer route against the ANOVA route ------------------------------
sf <- matrix(c(9, 2, 5, 8,
               6, 1, 3, 2,
               8, 4, 6, 8,
               7, 1, 2, 6,
               10, 5, 6, 9,
               6, 2, 4, 7), ncol = 4, byrow = TRUE)
reference("sf", sf, complete = TRUE)
reference("essay_style", style, complete = TRUE)

out <- do.call(rbind, rows)
write.csv(out, file.path(here, "icc_incomplete_reference.csv"), row.names = FALSE, quote = FALSE)
mat <- do.call(rbind, cells)
write.csv(mat, file.path(here, "icc_incomplete_matrices.csv"), row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "reference rows and", nrow(mat), "cells beside", here, "\n")

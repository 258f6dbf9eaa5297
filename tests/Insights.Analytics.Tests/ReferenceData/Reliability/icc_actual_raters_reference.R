# Reference values for the average-measure ICCs of incomplete panels for the mean of the raters a project actually
# had (IntraclassCorrelation.MeanOfRaters and IncompleteIccResult.ActualRaters, Insights.Analytics.Reliability).
#
# Run from anywhere:
#   Rscript tests/Insights.Analytics.Tests/ReferenceData/Reliability/icc_actual_raters_reference.R
# Reads beside this script icc_incomplete_matrices.csv (the observed cells of the incomplete matrices written by
# icc_incomplete_reference.R) and writes beside it:
#   icc_actual_raters_matrices.csv   dataset,project,judge,score: the observed cells of the extra synthetic dataset
#   icc_actual_raters_reference.csv  dataset,field,value (17 significant digits):
#     k_h          the harmonic mean of the raters per scored project, n / sum(1 / m_i)
#     var_project, var_judge, var_residual
#                  REML variance components of lmer(score ~ 1 + (1|project) + (1|judge)), every nloptr tolerance
#                  tightened (as lme4_tight in icc_incomplete_reference.R)
#     icc1k, icc2k, icc3k
#                  computed here by hand: icc1k = icc2k = vp / (vp + (vj + ve) / k_h), icc3k = vp / (vp + ve / k_h)
#     sb_icc2k, sb_icc3k
#                  the same by Spearman-Brown of psych::ICC(x, lmer = TRUE)'s single-rater ICC2 and ICC3 with k_h
#                  (psych's own components, optimizer tolerance 1e-4 relative): an independent route to the numbers
#     psych_icc1k, psych_icc2k, psych_icc3k
#                  what psych reports (k = every column of the matrix), the numbers the fix replaces
#
# Datasets: the three incomplete matrices of icc_incomplete_reference.R (essay_style_panel5: 5 of 21 raters per
# student; essay_mean4_mcar30: each cell dropped with probability 0.3, so 8-20 raters per student; synthetic_3of10),
# and written_review_unequal (seed 20261205): 80 projects x 20 judges, 4, 5 or 6 judges per project at random,
# score = round(70 + project N(0, 8^2) + judge N(0, 3^2) + error N(0, 6^2)) as the written review's 0-100 marks.
# Generated with R 4.2.2, psych 2.2.9, lme4 1.1-31.
suppressPackageStartupMessages({ library(psych); library(lme4) })

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(script) == 1) dirname(normalizePath(script)) else getwd()

tight <- lmerControl(optimizer = "nloptwrap",
                     optCtrl = list(xtol_rel = 1e-12, xtol_abs = 1e-12, ftol_rel = 1e-15, ftol_abs = 1e-14,
                                    maxeval = 100000))
rows <- list()
put <- function(dataset, field, value) {
  rows[[length(rows) + 1]] <<- data.frame(dataset = dataset, field = field, value = sprintf("%.17g", value))
}

reference <- function(dataset, cells, n, k) {
  x <- matrix(NA_real_, n, k)
  x[cbind(cells$project + 1, cells$judge + 1)] <- cells$score
  m <- rowSums(!is.na(x))
  m <- m[m > 0]
  kh <- length(m) / sum(1 / m)
  d <- data.frame(score = cells$score, project = factor(cells$project), judge = factor(cells$judge))
  fit <- lmer(score ~ 1 + (1 | project) + (1 | judge), data = d, REML = TRUE, control = tight)
  vc <- VarCorr(fit)
  vp <- vc$project[1, 1]; vj <- vc$judge[1, 1]; ve <- attr(vc, "sc")^2
  put(dataset, "k_h", kh)
  put(dataset, "var_project", vp); put(dataset, "var_judge", vj); put(dataset, "var_residual", ve)
  put(dataset, "icc1k", vp / (vp + (vj + ve) / kh))
  put(dataset, "icc2k", vp / (vp + (vj + ve) / kh))
  put(dataset, "icc3k", vp / (vp + ve / kh))
  res <- ICC(x, lmer = TRUE, missing = FALSE)$results
  sb <- function(r) kh * r / (1 + (kh - 1) * r)
  put(dataset, "sb_icc2k", sb(res$ICC[res$type == "ICC2"]))
  put(dataset, "sb_icc3k", sb(res$ICC[res$type == "ICC3"]))
  put(dataset, "psych_icc1k", res$ICC[res$type == "ICC1k"])
  put(dataset, "psych_icc2k", res$ICC[res$type == "ICC2k"])
  put(dataset, "psych_icc3k", res$ICC[res$type == "ICC3k"])
}

incomplete <- read.csv(file.path(here, "icc_incomplete_matrices.csv"))
reference("essay_style_panel5", incomplete[incomplete$dataset == "essay_style_panel5", ], 372, 21)
reference("essay_mean4_mcar30", incomplete[incomplete$dataset == "essay_mean4_mcar30", ], 372, 21)
reference("synthetic_3of10", incomplete[incomplete$dataset == "synthetic_3of10", ], 40, 10)

set.seed(20261205)
n <- 80; k <- 20
project <- rnorm(n, 0, 8); judge <- rnorm(k, 0, 3)
cells <- do.call(rbind, lapply(seq_len(n), function(i) {
  js <- sort(sample(k, sample(4:6, 1)))
  data.frame(dataset = "written_review_unequal", project = i - 1, judge = js - 1,
             score = round(70 + project[i] + judge[js] + rnorm(length(js), 0, 6)))
}))
stopifnot(all((seq_len(k) - 1) %in% cells$judge))
write.csv(cells, file.path(here, "icc_actual_raters_matrices.csv"), row.names = FALSE, quote = FALSE)
reference("written_review_unequal", cells, n, k)

out <- do.call(rbind, rows)
write.csv(out, file.path(here, "icc_actual_raters_reference.csv"), row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "reference rows beside", here, "\n")

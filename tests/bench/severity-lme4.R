# lme4 side of the severity benchmark (docs/benchmarks.md, tests/bench/severity-bench.sh).
# Writes lme4's InstEval (y, s, d) as CSV, then times lmer(y ~ 1 + (1|s) + (1|d)) (REML, lme4's defaults) and
# ranef(condVar = TRUE) with system.time, RUNS times each, and writes the estimates of the last fit beside the CSV
# (insteval-lme4-summary.txt: variances s, d, residual, REML criterion, median fit s, median ranef s, evaluations,
# median fit + ranef s; insteval-lme4-judges.csv: lecturer BLUPs and conditional SDs).
#   usage: Rscript tests/bench/severity-lme4.R OUT_DIR [RUNS=5]
suppressPackageStartupMessages(library(lme4))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else "/tmp/insights-bench"
runs <- if (length(args) >= 2) as.integer(args[2]) else 5L
dir.create(dir, showWarnings = FALSE, recursive = TRUE)
data(InstEval, package = "lme4")
d <- data.frame(y = InstEval$y, s = as.integer(InstEval$s) - 1L, d = as.integer(InstEval$d) - 1L)
write.csv(d, file.path(dir, "insteval.csv"), row.names = FALSE, quote = FALSE)
fit_times <- numeric(runs); ranef_times <- numeric(runs)
for (i in seq_len(runs)) {
  fit_times[i] <- system.time(fit <- lmer(y ~ 1 + (1 | s) + (1 | d), data = d))[["elapsed"]]
  ranef_times[i] <- system.time(re <- ranef(fit, condVar = TRUE))[["elapsed"]]
  cat(sprintf("run %d  lme4 fit %.2f s, ranef(condVar = TRUE) %.2f s\n", i, fit_times[i], ranef_times[i]))
}
vc <- as.data.frame(VarCorr(fit))
cat(sprintf("lme4 %s, %s; evaluations %d\n", packageVersion("lme4"), R.version.string, fit@optinfo$feval))
cat(sprintf("lme4 variances: s %.10g, d %.10g, residual %.10g; REML criterion %.10f\n",
            vc$vcov[vc$grp == "s"], vc$vcov[vc$grp == "d"], vc$vcov[vc$grp == "Residual"], REMLcrit(fit)))
cat(sprintf("lme4 median: fit %.2f s, ranef(condVar = TRUE) %.2f s, fit + ranef %.2f s\n",
            median(fit_times), median(ranef_times), median(fit_times + ranef_times)))
pv <- attr(re$d, "postVar")
write.csv(data.frame(level = as.integer(rownames(re$d)), mode = re$d[[1]], sd = sqrt(pv[1, 1, ])),
          file.path(dir, "insteval-lme4-judges.csv"), row.names = FALSE)
writeLines(sprintf("%.12g", c(vc$vcov[vc$grp == "s"], vc$vcov[vc$grp == "d"], vc$vcov[vc$grp == "Residual"], REMLcrit(fit),
                              median(fit_times), median(ranef_times), fit@optinfo$feval, median(fit_times + ranef_times))),
           file.path(dir, "insteval-lme4-summary.txt"))

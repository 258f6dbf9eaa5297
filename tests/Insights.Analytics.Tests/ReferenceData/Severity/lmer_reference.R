# Reference values for Insights.Analytics.Severity (crossed random-effects REML).
#
# Fits lme4::lmer(score ~ criterion + (1|project) + (1|judge), REML = TRUE) on
#   (a) the essay ratings of Wind and Hua (shared folder), long form:
#       score ~ domain + (1|student) + (1|rater), 31,248 rows;
#   (b) a synthetic sparse design generated here with a fixed seed:
#       300 projects, 20 judges, each project scored by 4 random judges on
#       3 criteria, about 5% of the scores dropped, scores rounded to 4 decimals;
#   (c) a small design without judge effects where lme4 puts theta_judge on its boundary 0.
# Writes, beside this script: synthetic_data.csv and boundary_data.csv (the data of (b), (c)) and for each
# case <case>_fixef.csv, <case>_varcomp.csv, <case>_judges.csv, <case>_projects.csv.
#
# Run from the repository root:
#   Rscript tests/Insights.Analytics.Tests/ReferenceData/Severity/lmer_reference.R
# Produced with R 4.x and lme4 1.1-31 (default optimizer nloptwrap/BOBYQA),
# tightened tolerances below so the references sit close to the optimum.

suppressPackageStartupMessages(library(lme4))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
out_dir <- if (length(script) == 1) dirname(normalizePath(script)) else "."
shared <- normalizePath(file.path(out_dir, "..", "..", "..", "..", "..", "shared", "datasets"))

ctrl <- lmerControl(optimizer = "nloptwrap",
                    optCtrl = list(xtol_abs = 1e-10, ftol_abs = 1e-12, maxeval = 10000))

write_fit <- function(fit, case, judge_factor, project_factor, devfun = NULL) {
  fe <- summary(fit)$coefficients
  write.csv(data.frame(term = rownames(fe), estimate = fe[, 1], se = fe[, 2]),
            file.path(out_dir, paste0(case, "_fixef.csv")), row.names = FALSE)
  vc <- as.data.frame(VarCorr(fit))
  varcomp <- data.frame(
    name = c("project", "judge", "residual", "reml_criterion", "theta_project", "theta_judge"),
    value = c(vc$vcov[vc$grp == project_factor], vc$vcov[vc$grp == judge_factor],
              sigma(fit)^2, unname(REMLcrit(fit)),
              unname(getME(fit, "theta")[paste0(project_factor, ".(Intercept)")]),
              unname(getME(fit, "theta")[paste0(judge_factor, ".(Intercept)")])))
  if (!is.null(devfun)) {
    # The profiled REML criterion at fixed theta = (project, judge): checks the criterion, not the optimiser.
    varcomp <- rbind(varcomp, data.frame(
      name = c("reml_at_theta_1_1", "reml_at_theta_0.5_2", "reml_at_theta_0_1"),
      value = c(devfun(c(1, 1)), devfun(c(0.5, 2)), devfun(c(0, 1)))))
  }
  write.csv(varcomp, file.path(out_dir, paste0(case, "_varcomp.csv")), row.names = FALSE)
  re <- ranef(fit, condVar = TRUE)
  for (g in c(judge_factor, project_factor)) {
    r <- re[[g]]
    sdv <- sqrt(attr(r, "postVar")[1, 1, ])
    d <- data.frame(level = rownames(r), blup = r[, 1], cond_sd = sdv)
    name <- if (g == judge_factor) "judges" else "projects"
    write.csv(d, file.path(out_dir, paste0(case, "_", name, ".csv")), row.names = FALSE)
  }
}

# (a) essays: every student rated by every rater on four domains (0..3).
w <- read.csv(file.path(shared, "essay-ratings-wind-hua", "writing.csv"))
domains <- c("style", "org", "conv", "sent_form")
essay <- do.call(rbind, lapply(domains, function(d)
  data.frame(student = w$student, rater = w$rater, domain = d, score = w[[d]])))
essay$domain <- factor(essay$domain, levels = domains)
essay$student <- factor(essay$student, levels = sort(unique(essay$student)))
essay$rater <- factor(essay$rater, levels = sort(unique(essay$rater)))
stopifnot(nrow(essay) == 31248)
t0 <- proc.time()[["elapsed"]]
fit_a <- lmer(score ~ domain + (1 | student) + (1 | rater), data = essay, REML = TRUE, control = ctrl)
cat("essay fit seconds:", proc.time()[["elapsed"]] - t0, "\n")
write_fit(fit_a, "essay", "rater", "student")

# (b) synthetic sparse design with known variances.
set.seed(20261125)
n_projects <- 300; n_judges <- 20; n_criteria <- 3; per_project <- 4
sd_project <- 1.0; sd_judge <- 0.6; sd_error <- 0.8
beta <- c(5.0, 0.4, -0.3)
project_effect <- rnorm(n_projects, 0, sd_project)
judge_effect <- rnorm(n_judges, 0, sd_judge)
rows <- list()
for (p in seq_len(n_projects)) {
  judges <- sample.int(n_judges, per_project)
  for (j in judges) for (c in seq_len(n_criteria)) {
    mu <- beta[1] + (if (c > 1) beta[c] else 0) + project_effect[p] + judge_effect[j]
    rows[[length(rows) + 1]] <- c(p - 1, j - 1, c - 1, mu + rnorm(1, 0, sd_error))
  }
}
syn <- as.data.frame(do.call(rbind, rows))
names(syn) <- c("project", "judge", "criterion", "score")
syn <- syn[runif(nrow(syn)) > 0.05, ]          # unbalanced: drop about 5%
syn$score <- round(syn$score, 4)
write.csv(syn, file.path(out_dir, "synthetic_data.csv"), row.names = FALSE)
syn$criterion <- factor(syn$criterion, levels = 0:2)
syn$project <- factor(syn$project, levels = 0:(n_projects - 1))
syn$judge <- factor(syn$judge, levels = 0:(n_judges - 1))
fit_b <- lmer(score ~ criterion + (1 | project) + (1 | judge), data = syn, REML = TRUE, control = ctrl)
devfun_b <- lmer(score ~ criterion + (1 | project) + (1 | judge), data = syn, REML = TRUE, devFunOnly = TRUE)
stopifnot(identical(names(getME(fit_b, "theta")), c("project.(Intercept)", "judge.(Intercept)")))
write_fit(fit_b, "synthetic", "judge", "project", devfun_b)
print(summary(fit_b))

# (c) a boundary (singular) fit: 60 projects, 8 judges, 3 judges per project, 2 criteria, no judge effect
# at all; lme4 estimates the judge variance as exactly 0 (theta_judge = 0).
set.seed(1)
rows <- list()
pe <- rnorm(60, 0, 1)
for (p in 1:60) for (j in sample.int(8, 3)) for (c in 1:2)
  rows[[length(rows) + 1]] <- c(p - 1, j - 1, c - 1, 3 + 0.5 * (c == 2) + pe[p] + rnorm(1, 0, 1))
bnd <- as.data.frame(do.call(rbind, rows))
names(bnd) <- c("project", "judge", "criterion", "score")
bnd$score <- round(bnd$score, 4)
write.csv(bnd, file.path(out_dir, "boundary_data.csv"), row.names = FALSE)
bnd$criterion <- factor(bnd$criterion, levels = 0:1)
bnd$project <- factor(bnd$project, levels = 0:59)
bnd$judge <- factor(bnd$judge, levels = 0:7)
fit_c <- lmer(score ~ criterion + (1 | project) + (1 | judge), data = bnd, REML = TRUE, control = ctrl)
stopifnot(isSingular(fit_c))
write_fit(fit_c, "boundary", "judge", "project")

# Reference for JudgeContrastsTests: judge severities as within-project fixed-effect contrasts, by lm().
# A sparse design (8 judges, 24 projects, 3 readers each, two criteria 0-30 and 0-10). Each sheet is the mean of its
# marks in percent of range; lm(y ~ project + judge) with sum-to-zero judge contrasts; severity = -(tau_j - mean tau),
# its SE from vcov() through the contrast matrix. Run: Rscript judge_contrasts_reference.R
set.seed(20241205)
J <- 8; P <- 24
rows <- list()
for (p in 1:P) {
  readers <- sort(((p + c(0, 2, 5)) %% J) + 1)
  q <- rnorm(1, 0, 10)
  for (j in readers) {
    for (c in 1:2) {
      mx <- c(30, 10)[c]
      pct <- 70 + q - (j - 4.5) + rnorm(1, 0, 6)
      rows[[length(rows) + 1]] <- data.frame(judge = j - 1, project = p - 1, criterion = c - 1, score = round(mx * pct / 100), max = mx)
    }
  }
}
d <- do.call(rbind, rows)
write.csv(d, "judge_contrasts_marks.csv", row.names = FALSE)
d$pct <- 100 * d$score / d$max
s <- aggregate(pct ~ judge + project, d, mean)
s$judge <- factor(s$judge); s$project <- factor(s$project)
options(contrasts = c("contr.sum", "contr.poly"))
m <- lm(pct ~ project + judge, s)
b <- coef(m); V <- vcov(m)
idx <- grep("^judge", names(b))
# tau_1..tau_{J-1} are the sum-to-zero coefficients; tau_J = -sum. Deviation from the mean is tau itself.
L <- rbind(diag(J - 1), rep(-1, J - 1))
tau <- as.vector(L %*% b[idx]); se <- sqrt(diag(L %*% V[idx, idx] %*% t(L)))
out <- data.frame(judge = 0:(J - 1), severity = -tau, se = se, df = m$df.residual)
write.csv(out, "judge_contrasts_expected.csv", row.names = FALSE)
print(out, digits = 15)

# Reference values for SelectionCorrectionTests (Insights.Analytics.Linking.SelectionCorrection and
# Insights.Analytics.Robustness.TrimmedMean). Run: Rscript selection_reference.R
suppressPackageStartupMessages(library(psych))
options(digits = 15)
# Thorndike case II through psych::rangeCorrection(r, sdu, sdr).
cat("rangeCorrection(0.5, 2, 1) =", rangeCorrection(0.5, 2, 1), "\n")
cat("rangeCorrection(0.3, 1.7, 1) =", rangeCorrection(0.3, 1.7, 1), "\n")
# A small track: 8 candidates, 6 finalists.
pre <- c(A = 88, B = 85, C = 84, D = 80, E = 79, F = 77, X = 76, Y = 70)
fin <- c(A = 41.2, B = 43.5, C = 38.0, D = 40.1, E = 35.5, F = 36.9)
x <- pre[names(fin)]; y <- fin
cat("pearson =", cor(x, y), "\n")
u <- sd(pre) / sd(x)
cat("u =", u, " corrected =", rangeCorrection(cor(x, y), sd(pre), sd(x)), "\n")
m <- lm(y ~ x)
cut <- 38.0
for (p in c("X", "Y")) {
  pr <- predict(m, newdata = data.frame(x = pre[p]), se.fit = TRUE)
  s <- sqrt(pr$se.fit^2 + pr$residual.scale^2)
  cat(p, ": predicted =", pr$fit, " sd =", s, " p_placed =", 1 - pt((cut - pr$fit) / s, df = pr$df), "\n")
}
# Trimmed mean of {1,2,3,4,10}: mean(x, trim = 0.2) drops one from each end; the SE by Tukey-McLaughlin with the
# winsorized SD (the same as WRS2::trimse(x, 0.2)).
t <- c(1, 2, 3, 4, 10); w <- c(2, 2, 3, 4, 4)
cat("trimmed =", mean(t, trim = 0.2), " se =", sd(w) / ((1 - 2 * 0.2) * sqrt(5)), "\n")

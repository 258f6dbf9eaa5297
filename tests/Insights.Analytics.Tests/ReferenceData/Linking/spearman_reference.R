# Reference values for tests/Insights.Analytics.Tests/Linking/SpearmanCorrelationTests.cs.
# Run from this folder: Rscript spearman_reference.R  (writes spearman_reference.csv)
# Base R only. For each vector pair:
#   rho          cor.test(x, y, method = "spearman", exact = TRUE)$estimate
#   p_cor_test   its p-value: exact (AS 89, exact enumeration for n <= 9) without ties; with ties R warns
#                "Cannot compute exact p-value with ties" and uses the t-approximation
#   p_t          the t-approximation written out: 2 pt(-|t|, n - 2), t = rho sqrt((n - 2) / (1 - rho^2))
#   p_exact      exact permutation p-value by brute-force enumeration of all n! pairings of the mid-ranks,
#                two-sided as R: min(1, 2 min(P(rho* >= rho), P(rho* <= rho)))
no_ties_x <- c(86.5, 72.0, 91.3, 64.8, 78.1, 69.9, 83.4, 95.0, 70.6)
no_ties_y <- c(80.2, 75.5, 88.0, 70.1, 68.4, 73.9, 90.7, 85.2, 66.0)
ties_x <- c(88, 75, 75, 92, 61, 80, 80, 70)
ties_y <- c(84, 79, 70, 90, 65, 79, 86, 79)

permutations <- function(n) {
  if (n == 1) return(matrix(1L, 1, 1))
  smaller <- permutations(n - 1)
  do.call(rbind, lapply(seq_len(n), function(i) cbind(i, ifelse(smaller >= i, smaller + 1L, smaller))))
}

reference <- function(name, x, y) {
  n <- length(x)
  test <- suppressWarnings(cor.test(x, y, method = "spearman", exact = TRUE))
  rho <- unname(test$estimate)
  t <- rho * sqrt((n - 2) / (1 - rho^2))
  p_t <- 2 * pt(-abs(t), n - 2)
  rx <- rank(x)
  ry <- rank(y)
  perms <- permutations(n)
  # rho is increasing in sum(rx * ry[perm]) (rank variances are fixed); the mid-rank products are multiples of 0.25
  observed <- sum(rx * ry)
  sums <- apply(perms, 1, function(p) sum(rx * ry[p]))
  p_exact <- min(1, 2 * min(mean(sums >= observed), mean(sums <= observed)))
  data.frame(dataset = name, field = c("rho", "p_cor_test", "t", "p_t", "p_exact", "n"),
             value = c(rho, test$p.value, t, p_t, p_exact, n))
}

out <- rbind(reference("no_ties", no_ties_x, no_ties_y), reference("ties", ties_x, ties_y))
out$value <- sprintf("%.17g", out$value)
write.csv(out, "spearman_reference.csv", row.names = FALSE, quote = FALSE)
print(out)

# Reference values for ScaleUse.Assess (tests/Insights.Analytics.Tests/Anomalies/ScaleUseReferenceTests.cs).
# Independent of the C# code: the full design matrix with criterion dummies, the full hat matrix, CR2 by base-R
# matrix algebra (Bell and McCaffrey 2002; the sandwich/clubSandwich packages are not installed here), the spread
# ratio and the residual-variance SE by their definitions. Run: Rscript scaleuse_cr2.R (writes the two CSVs).
set.seed(20261205)
J <- 6; P <- 12; K <- 3
lev <- matrix(rnorm(P * K, 0, 8), P, K)
spread <- c(1, 0.9, 1.1, 1, 0.35, 1); noise <- c(4, 5, 4, 5, 3, 12)
sev <- rnorm(J, 0, 3)
d <- expand.grid(criterion = 0:(K - 1), project = 0:(P - 1), judge = 0:(J - 1))
d <- d[, c("judge", "project", "criterion")]
sheet <- rnorm(J * P, 0, 2.5)  # a sheet effect per judge and project
d$score <- round(70 + spread[d$judge + 1] * lev[cbind(d$project + 1, d$criterion + 1)] - sev[d$judge + 1] +
  sheet[d$judge * P + d$project + 1] + rnorm(nrow(d), 0, noise[d$judge + 1]))
# Make the design incomplete: judge j skips projects (j + 2*k) mod P for a few k.
drop <- with(d, (project - judge) %% P %in% c(0, 5) & judge != 4)
d <- d[!drop, ]
write.csv(d, "scaleuse_data.csv", row.names = FALSE)

assess <- function(d) {
out <- NULL
for (j in sort(unique(d$judge))) {
  mine <- d[d$judge == j, ]
  x <- sapply(seq_len(nrow(mine)), function(i) {
    o <- d[d$judge != j & d$project == mine$project[i] & d$criterion == mine$criterion[i], "score"]
    if (length(o) == 0) NA else mean(o)
  })
  keep <- !is.na(x); mine <- mine[keep, ]; x <- x[keep]; y <- mine$score
  Dm <- model.matrix(~ 0 + factor(mine$criterion)); K <- ncol(Dm)
  X <- cbind(Dm, x)
  XtXi <- solve(crossprod(X))
  b <- XtXi %*% crossprod(X, y)
  e <- as.vector(y - X %*% b)
  H <- X %*% XtXi %*% t(X)
  meat <- matrix(0, ncol(X), ncol(X))
  usq <- c(); ng <- c()
  for (g in unique(mine$project)) {
    i <- which(mine$project == g)
    M <- diag(length(i)) - H[i, i, drop = FALSE]
    ev <- eigen(M, symmetric = TRUE)
    inv <- ifelse(ev$values > 1e-10, 1 / sqrt(ev$values), 0)
    A <- ev$vectors %*% diag(inv, length(i)) %*% t(ev$vectors)
    u <- t(X[i, , drop = FALSE]) %*% A %*% e[i]
    meat <- meat + u %*% t(u)
    usq <- c(usq, sum(e[i]^2)); ng <- c(ng, length(i))
  }
  V <- XtXi %*% meat %*% XtXi
  m <- length(y); G <- length(usq)
  # Spread: the judge's within-criterion variance on m - K df, the other judges' pooled within (judge, criterion)
  # variance over the same cells.
  vy <- sum(tapply(y, mine$criterion, function(v) sum((v - mean(v))^2))) / (m - K)
  ss <- 0; df <- 0
  cells <- paste(mine$project, mine$criterion)
  o <- d[d$judge != j & paste(d$project, d$criterion) %in% cells, ]
  for (k in unique(o$judge)) for (c in unique(o$criterion)) {
    v <- o$score[o$judge == k & o$criterion == c]
    ss <- ss + sum((v - mean(v))^2); df <- df + length(v) - 1
  }
  permark <- sum(e^2) / m
  # the cluster-robust SE of ln(residual variance), floored at the normal-theory sqrt(2 / df)
  logse <- max(sqrt(G / (G - 1) * sum((usq - permark * ng)^2)) / m / permark, sqrt(2 / (m - K - 1)))
  out <- rbind(out, data.frame(judge = j, slope = b[ncol(X)], se_cr2 = sqrt(V[ncol(X), ncol(X)]),
    se_ols = sqrt(sum(e^2) / (m - K - 1) * XtXi[ncol(X), ncol(X)]), scores = m, sheets = G,
    spread_ratio = sqrt(vy) / sqrt(ss / df), residual_sd = sqrt(sum(e^2) / (m - K - 1)), log_var_se = logse))
}
out
}
out <- assess(d)
write.csv(format(out, digits = 15), "scaleuse_expected.csv", row.names = FALSE, quote = FALSE)
print(out)

# The hand-made design of ScaleUseTests: judges 0-2 give 70 + d, judge 3 gives 70 + 0.2 d + e.
lv <- list(c(-15, -9, -3, 3, 9, 15), c(5, -5, 10, -10, 0, 0))
pe <- list(c(1, -1, 0, 0, -1, 1), c(0, 0, 0, 0, 1, -1))
h <- expand.grid(criterion = 0:1, project = 0:5, judge = 0:3)[, c("judge", "project", "criterion")]
h$score <- mapply(function(j, p, c) if (j < 3) 70 + lv[[c + 1]][p + 1] else 70 + 0.2 * lv[[c + 1]][p + 1] + pe[[c + 1]][p + 1],
  h$judge, h$project, h$criterion)
hand <- assess(h)
print(format(hand, digits = 15))

# Reference values for Insights.Analytics.Rasch (many-facet Rasch, rating-scale form), computed with eRm.
# Run from this folder:  Rscript rasch_reference.R     (R 4.2.2, eRm 1.0.2; a few seconds)
# Data: ../../../../../shared/datasets/essay-ratings-wind-hua/writing.csv (372 students x 21 raters x 4 domains, 0..3).
#
# eRm fits two-facet models (persons x items) by conditional maximum likelihood (CML). Three references:
#  "style":  eRm::RSM on 372 students x 21 items, an item being one rater, style domain only. The many-facet model
#            reproduces it as a special case: 21 judges, one criterion (judge severity = item difficulty).
#  "rsm20":  eRm::RSM on 372 students x 20 items, an item being one rater-domain pair, raters 1..5 x 4 domains
#            (rater outer, domain style, org, conv, sent_form inner). Special case: one judge, 20 criteria.
#  "lrsm20": eRm::LRSM on the same 20 items with a linear design W: item difficulty = rater + domain (sum-to-zero
#            coding for each), which IS the three-facet model B_n - C_j - D_i - F_k (5 judges, 4 criteria),
#            estimated by CML instead of JMLE.
# Why not all 84 rater-domain items (or all 21 raters x 4 domains in the LRSM): eRm's CML on this data overflows
# (nlm stops with code 5 and a positive "log-likelihood" of about 3e7; optim returns about 1e17) from its default
# start and from every start tried. Even on 20-21 items it converges only from some starts, so the script tries a
# list of starts and keeps the first fit with nlm code 1 or 2 and a negative log-likelihood (it prints which).
# Person parameters: maximum likelihood of theta given eRm's CML item-category parameters (fit$betapar), the
# estimator of eRm::person.parameter, solved by Newton-Raphson to 1e-10 (person.parameter itself stopped with
# "system is exactly singular" in its standard-error step on the failing long fits). Students with an extreme
# score (all 0 or all 3 on the items of a model) have no ML estimate and are written as NA.
# Outputs (beside this script):
#   rasch_persons.csv     model, student, theta
#   rasch_parameters.csv  model, facet, element, measure   (difficulties/severities centred; thresholds F_k centred)
suppressPackageStartupMessages(library(eRm))
d <- read.csv("../../../../../shared/datasets/essay-ratings-wind-hua/writing.csv")
domains <- c("style", "org", "conv", "sent_form")
students <- sort(unique(d$student))
m <- 3
wide <- function(raters, doms) {
  X <- do.call(cbind, lapply(raters, function(r) {
    rows <- d[d$rater == r, ]
    as.matrix(rows[match(students, rows$student), doms, drop = FALSE])
  }))
  colnames(X) <- paste0("r", rep(raters, each = length(doms)), "_", rep(doms, times = length(raters)))
  stopifnot(!anyNA(X))
  X
}
centred <- function(x) x - mean(x)
# Measures from eRm's betapar, free of eRm's sign conventions for etapar (which differ between RSM and LRSM):
# eRm's model is P(X_ni = h) proportional to exp(h theta_n + beta_ih), beta_i0 = 0, so
# log(P_h / P_(h-1)) = theta_n - tau_ih with tau_ih = beta_i(h-1) - beta_ih = delta_i + F_h. Hence
# delta_i = mean over h of tau_ih and F_h = tau_ih - delta_i (the same for every item in a rating-scale model).
from_beta <- function(fit) {
  B <- cbind(0, matrix(fit$betapar, ncol = m, byrow = TRUE))
  tau <- B[, 1:m, drop = FALSE] - B[, 2:(m + 1), drop = FALSE]
  delta <- rowMeans(tau)
  F <- tau - delta
  stopifnot(max(abs(sweep(F, 2, F[1, ]))) < 1e-8)
  list(delta = delta, thresholds = F[1, ])
}

# CML from a list of starts: the first with nlm code 1 or 2 and a negative log-likelihood.
fit_cml <- function(fitter, starts) {
  for (s in names(starts)) {
    fit <- tryCatch(fitter(starts[[s]]), error = function(e) NULL)
    if (!is.null(fit) && fit$convergence %in% 1:2 && fit$loglik < 0) {
      cat("  start", s, "log-likelihood", fit$loglik, "nlm code", fit$convergence, "iterations", fit$iter, "\n")
      return(fit)
    }
  }
  stop("no start converged")
}
starts_for <- function(q, extra) {
  list(first = c(q[1] - q[-1], extra), half = c(0.5 * (q[1] - q[-1]), extra), reversed = c(q[-1] - q[1], extra),
       mean = c(mean(q) - q[-1], extra), zero = c(0 * q[-1], extra))
}

# ML person measures given eRm's betapar (easiness beta_ih, h = 1..m per item; beta_i0 = 0).
person_ml <- function(fit, X) {
  B <- cbind(0, matrix(fit$betapar, ncol = m, byrow = TRUE))
  r <- rowSums(X); extreme <- r == 0 | r == ncol(X) * m; theta <- log((r + 0.5) / (ncol(X) * m - r + 0.5))
  for (it in 1:200) {
    E <- numeric(length(theta)); V <- numeric(length(theta))
    for (i in seq_len(nrow(B))) {
      L <- outer(theta, 0:m) + matrix(B[i, ], length(theta), m + 1, byrow = TRUE)
      P <- exp(L - apply(L, 1, max)); P <- P / rowSums(P)
      e <- as.vector(P %*% (0:m)); E <- E + e; V <- V + as.vector(P %*% (0:m)^2) - e^2
    }
    step <- ifelse(extreme, 0, pmax(-1, pmin(1, (r - E) / V))); theta <- theta + step
    if (max(abs(step)) < 1e-10) break
  }
  stopifnot(max(abs(step)) < 1e-10)
  ifelse(extreme, NA, theta)
}

persons <- list(); params <- list()
record <- function(model, fit, X, p) {
  persons[[model]] <<- data.frame(model = model, student = students, theta = round(person_ml(fit, X), 6))
  p$measure <- round(p$measure, 6)
  params[[model]] <<- cbind(model = model, p)
}

cat("style\n")
X <- wide(1:21, "style"); q <- qlogis(colMeans(X) / m)
fit <- fit_cml(function(s) RSM(X, se = FALSE, etaStart = s), starts_for(q, c(0, 0)))
b <- from_beta(fit)
record("style", fit, X, rbind(
  data.frame(facet = "judge", element = 1:21, measure = centred(b$delta)),
  data.frame(facet = "threshold", element = 1:m, measure = b$thresholds)))

cat("rsm20\n")
X <- wide(1:5, domains); q <- qlogis(colMeans(X) / m)
fit <- fit_cml(function(s) RSM(X, se = FALSE, etaStart = s), starts_for(q, c(0, 0)))
e <- fit$etapar
e20 <- e
b <- from_beta(fit)
record("rsm20", fit, X, rbind(
  data.frame(facet = "criterion", element = colnames(X), measure = centred(b$delta)),
  data.frame(facet = "threshold", element = 1:m, measure = b$thresholds)))

cat("lrsm20\n")
# W: rows item-category (item outer, h = 1..3 inner); columns rater 2..5, domain 2..4 (sum-to-zero), Cat 2, Cat 3.
J <- 5
W <- matrix(0, 20 * m, (J - 1) + 3 + (m - 1))
for (j in 1:J) for (i in 1:4) for (h in 1:m) {
  row <- ((j - 1) * 4 + i - 1) * m + h
  if (j == 1) W[row, 1:(J - 1)] <- -h else W[row, j - 1] <- h
  if (i == 1) W[row, J:(J + 2)] <- -h else W[row, J - 1 + i - 1] <- h
  if (h >= 2) W[row, J + 2 + h - 1] <- 1
}
colnames(W) <- c(paste0("rater", 2:J), domains[-1], "Cat 2", "Cat 3")
qr <- qlogis(tapply(rowMeans(d[d$rater <= J, domains]), d$rater[d$rater <= J], mean) / m)
qd <- qlogis(colMeans(d[d$rater <= J, domains]) / m)
# Start from the rsm20 estimates (rater = row mean, domain = column mean of the 5 x 4 item difficulties).
D20 <- matrix(c(-sum(e20[1:19]), e20[1:19]), nrow = J, byrow = TRUE)
rater20 <- rowMeans(D20) - mean(D20); domain20 <- colMeans(D20) - mean(D20)
from20 <- c(rater20[-1], domain20[-1], e20[20:21])
lstarts <- list(rsm20 = from20, rsm20_negated = -from20, first = c(qr[1] - qr[-1], qd[1] - qd[-1], 0, 0), reversed = c(qr[-1] - qr[1], qd[-1] - qd[1], 0, 0),
                half = 0.5 * c(qr[1] - qr[-1], qd[1] - qd[-1], 0, 0), zero = rep(0, ncol(W)))
fit <- fit_cml(function(s) LRSM(X, W = W, se = FALSE, etaStart = s), lstarts)
b <- from_beta(fit)
D <- matrix(b$delta, nrow = J, byrow = TRUE)           # raters x domains, additive by construction
stopifnot(max(abs(D - outer(rowMeans(D), colMeans(D), "+") + mean(D))) < 1e-8)
record("lrsm20", fit, X, rbind(
  data.frame(facet = "judge", element = 1:J, measure = rowMeans(D) - mean(D)),
  data.frame(facet = "criterion", element = domains, measure = colMeans(D) - mean(D)),
  data.frame(facet = "threshold", element = 1:m, measure = b$thresholds)))

write.csv(do.call(rbind, persons), "rasch_persons.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, params), "rasch_parameters.csv", row.names = FALSE, quote = FALSE)

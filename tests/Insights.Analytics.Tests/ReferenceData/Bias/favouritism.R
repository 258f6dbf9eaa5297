# Reference values of FavouritismReferenceTests: the within-project favouritism model by R's lm with explicit
# project (or project x criterion) dummies, i.e. without the within transformation and Frisch-Waugh of the C# code.
# Run: Rscript tests/Insights.Analytics.Tests/ReferenceData/Bias/favouritism.R
rows <- list()
for (p in 0:11) for (k in 0:3) for (c in 0:1) {
  j <- (p + k) %% 6
  aff <- (j + 2 * p) %% 5 == 0
  noise <- (((7 * j + 13 * p + 5 * c) %% 11) - 5) / 2
  y <- 60 + 2 * (p %% 5) + 3 * c + (j - 2.5) + noise + ifelse(j == 1 & aff, 4, 0)
  rows[[length(rows) + 1]] <- data.frame(j = j, p = p, c = c, aff = aff, y = y)
}
d <- do.call(rbind, rows)

# Per judge: criterion-averaged marks, one bonus column per judge with affiliated and unaffiliated projects.
m <- aggregate(y ~ j + p + aff, data = d, FUN = mean)
judges <- sort(unique(m$j[m$aff]))
judges <- judges[sapply(judges, function(k) any(m$j == k & !m$aff))]
for (k in judges) m[[paste0("A", k)]] <- as.numeric(m$j == k & m$aff)
f <- as.formula(paste("y ~ factor(p) + factor(j) +", paste(paste0("A", judges), collapse = " + ")))
fit <- lm(f, data = m)
s <- summary(fit)$coefficients
for (k in judges) cat(sprintf("judge %d: b %.12f se %.12f\n", k, s[paste0("A", k), 1], s[paste0("A", k), 2]))

# Pooled: every mark, cell = project x criterion, one common bonus; model SE and CR1 clustered by project.
d$A <- as.numeric(d$aff)
fit2 <- lm(y ~ factor(p):factor(c) + factor(j) + A, data = d)
X <- model.matrix(fit2)
keep <- !is.na(coef(fit2))
X <- X[, keep]
e <- residuals(fit2)
bread <- solve(crossprod(X))
meat <- Reduce(`+`, lapply(split(seq_len(nrow(d)), d$p), function(i) {
  u <- crossprod(X[i, , drop = FALSE], e[i])
  u %*% t(u)
}))
G <- length(unique(d$p))
V <- bread %*% meat %*% bread * G / (G - 1)
ia <- which(colnames(X) == "A")
cat(sprintf("pooled: b %.12f model_se %.12f cr1_se %.12f\n", coef(fit2)["A"], summary(fit2)$coefficients["A", 2], sqrt(V[ia, ia])))

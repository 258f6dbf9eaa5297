# Reference values of FalseDiscoveryTests: R's p.adjust(method = "BH").
# Run: Rscript tests/Insights.Analytics.Tests/ReferenceData/Testing/bh.R
p <- c(0.010, 0.001, 0.039, 0.041, 0.042, 0.060, 0.074, 0.205, 0.212, 0.216, NA, 0.0001, 0.041, 1)
a <- p.adjust(p, method = "BH")
cat(sprintf("%.17g", a), sep = "\n")
print(which(a <= 0.05))

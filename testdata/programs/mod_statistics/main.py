import statistics
from fractions import Fraction
from decimal import Decimal

data = [2.5, 3.25, 5.5, 1.0, 4.75, 3.25]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data))
print(statistics.median_low(data), statistics.median_high(data), statistics.mode(data))
print(statistics.pstdev(data), statistics.stdev(data), statistics.variance(data))
print(statistics.multimode("aabbbccccdd"), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 2, 4]))
print(statistics.quantiles(range(1, 11), n=4), statistics.median_grouped([1, 2, 2, 3, 4]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.mean([1, 2, 3, 4]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 6, 9]), statistics.covariance([1, 2, 3], [1, 3, 2]))
print(statistics.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]))
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.9), 6), nd.mean, nd.stdev, round(nd.pdf(100), 8))
print(nd + 5, nd * 2)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)

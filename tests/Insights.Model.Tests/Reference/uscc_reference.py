#!/usr/bin/env python3
"""Independent reference for the GB 32100-2015 and GB 11714-1997 check characters.

Written from the standards' formulas, separately from the C# code under test:
  GB 32100: C18 = 31 - (sum_{i=1..17} C_i * 3^(i-1) mod 31) mod 31, over the alphabet 0-9 A-H J-N P-R T U W-Y.
  GB 11714: C9 = 11 - (sum_{i=1..8} C_i * W_i mod 11), W = 3,7,9,10,5,8,4,2; 10 -> X, 11 -> 0; A..Z = 10..35.
Run: python3 uscc_reference.py > uscc_reference.csv
"""
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

def uscc_check(first17):
    total = sum(ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(first17))
    return ALPHABET[(31 - total % 31) % 31]

def org_check(body8):
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    value = lambda ch: int(ch) if ch.isdigit() else ord(ch) - ord('A') + 10
    c = 11 - sum(value(ch) * w for ch, w in zip(body8, weights)) % 11
    return {10: 'X', 11: '0'}.get(c, str(c))

# Codes published by the companies themselves on their business licences / annual reports.
PUBLISHED = [
    "914403001922038216",  # 华为技术有限公司
    "91440300708461136T",  # 深圳市腾讯计算机系统有限公司
    "91330100799655058B",  # 阿里巴巴（中国）有限公司
]
# Bodies chosen to cover digits, letters, and the X and 0 outcomes of the GB 11714 check.
FIRST17 = ["91320100MA1MXXXX1", "12320000466002345", "91320594MA1N7PQR2", "11100000000013127", "5132010050000123Y", "9132050008764321X"]
ORG_BODIES = ["D2143569", "MA1MXXXX", "19220382", "70846113", "79965505", "MA1N7PQR", "00000000", "12345678"]

print("kind,input,check")
for code in PUBLISHED:
    print(f"uscc,{code[:17]},{uscc_check(code[:17])}")
for first in FIRST17:
    print(f"uscc,{first},{uscc_check(first)}")
for body in ORG_BODIES:
    print(f"org,{body},{org_check(body)}")
for code in PUBLISHED:
    assert uscc_check(code[:17]) == code[17], code
    assert org_check(code[8:16]) == code[16], code

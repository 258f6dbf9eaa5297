using Insights.Generator.Randomness;

namespace Insights.Generator.Synthesis;

/// <summary>Chinese personal names drawn from common surnames (by frequency) and given-name characters.</summary>
public static class PersonNames
{
    // The most common surnames with rough shares in per mille (China's 2020 census ranking); the tail shares the rest.
    private static readonly (string Surname, double Share)[] s_surnames =
    [
        ("王", 74), ("李", 72), ("张", 69), ("刘", 55), ("陈", 54), ("杨", 31), ("黄", 24), ("赵", 23), ("吴", 21), ("周", 21),
        ("徐", 17), ("孙", 16), ("马", 15), ("朱", 14), ("胡", 13), ("郭", 12), ("何", 12), ("林", 12), ("高", 12), ("罗", 11),
        ("郑", 10), ("梁", 9), ("谢", 8), ("宋", 8), ("唐", 8), ("许", 8), ("韩", 7), ("邓", 7), ("冯", 7), ("曹", 7),
        ("彭", 6), ("曾", 6), ("肖", 6), ("田", 6), ("董", 5), ("潘", 5), ("袁", 5), ("蔡", 5), ("蒋", 5), ("余", 5),
        ("于", 5), ("杜", 4), ("叶", 4), ("程", 4), ("魏", 4), ("苏", 4), ("吕", 4), ("丁", 4), ("任", 4), ("沈", 4),
        ("姚", 3), ("卢", 3), ("钟", 3), ("姜", 3), ("崔", 3), ("谭", 3), ("陆", 3), ("范", 3), ("汪", 3), ("廖", 3),
        ("石", 3), ("金", 3), ("韦", 3), ("贾", 3), ("夏", 3), ("付", 3), ("方", 3), ("邹", 2), ("熊", 2), ("白", 2),
        ("孟", 2), ("秦", 2), ("邱", 2), ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2), ("雷", 2),
        ("欧阳", 0.5), ("诸葛", 0.1), ("司马", 0.1), ("上官", 0.1),
    ];

    private const string GivenCharacters =
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂玉华建国志红文辉俊峰鹏宇浩然子轩欣怡梓涵雨晨思远嘉怡佳琪" +
        "雪梅海燕晓东立新永春小龙凯瑞博睿婷颖慧琳晶莹婉清泽宁振宏彬亮斌健波飞鑫鸿昊晗哲昕悦蕾薇倩冰晴阳光若曦";

    private static readonly double[] s_weights = [.. s_surnames.Select(s => s.Share)];

    /// <summary>A name of two or three characters (one or two given-name characters).</summary>
    /// <param name="random">The stream to draw from.</param>
    public static string Next(DeterministicRandom random)
    {
        var surname = s_surnames[random.PickWeighted(s_weights)].Surname;
        var first = GivenCharacters[random.Next(GivenCharacters.Length)];
        return random.Chance(0.7)
            ? string.Concat(surname, first.ToString(), GivenCharacters[random.Next(GivenCharacters.Length)].ToString())
            : string.Concat(surname, first.ToString());
    }
}

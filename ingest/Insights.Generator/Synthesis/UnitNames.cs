using Insights.Generator.Randomness;
using Insights.Model.Registration;

namespace Insights.Generator.Synthesis;

/// <summary>Names of fictional units in the style of Chinese registered names, by unit type.</summary>
public static class UnitNames
{
    private const string BrandCharacters = "云帆智衡数链融汇睿泽博远星图海纳天枢锐思宏图启明华信恒通卓越凌云致远汇智澄川广域乾元鼎新瀚海众联维度" +
        "智谷数创蓝湾长风正则知行合力鸿鹄青禾润物景行方舟北辰南溪东篱西岭";

    private static readonly string[] s_industries =
        ["数据科技", "信息技术", "智能科技", "网络科技", "软件", "数字科技", "大数据", "物联网科技", "人工智能科技", "云计算", "智慧交通", "医疗科技", "农业科技", "环境科技", "能源科技", "金融信息服务", "供应链管理", "文化科技", "检测技术", "电子商务"];

    private static readonly string[] s_enterpriseForms = ["有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司"];
    private static readonly string[] s_universityForms = ["大学", "学院", "理工学院", "职业技术学院", "科技大学"];
    private static readonly string[] s_researchFields = ["数据科学", "智能计算", "先进制造", "生态环境", "智慧城市", "交通科学", "信息通信", "医学信息", "农业信息", "气象科技", "工业互联网", "应急科技"];
    private static readonly string[] s_institutions = ["大数据管理中心", "信息中心", "数字化发展中心", "公共资源交易中心", "疾病预防控制中心", "人民医院", "交通运输信息中心", "气象台", "农业技术推广中心", "规划设计研究院", "水利工程管理处", "档案馆"];

    /// <summary>A name for a unit of the given type in a city (<paramref name="cityShort"/> without 市, e.g. 南京).</summary>
    /// <param name="random">The stream to draw from.</param>
    /// <param name="type">Unit type.</param>
    /// <param name="cityShort">City name without the 市 suffix.</param>
    public static string Next(DeterministicRandom random, UnitType type, string cityShort)
    {
        var brand = Brand(random);
        return type switch
        {
            UnitType.Enterprise => random.Chance(0.3)
                ? $"江苏{brand}{random.Pick(s_industries)}{random.Pick(s_enterpriseForms)}"
                : $"{cityShort}{brand}{random.Pick(s_industries)}{random.Pick(s_enterpriseForms)}",
            UnitType.University => $"{cityShort}{brand}{random.Pick(s_universityForms)}",
            UnitType.ResearchInstitute => random.Chance(0.5)
                ? $"江苏{brand}{random.Pick(s_researchFields)}研究院"
                : $"{cityShort}{brand}{random.Pick(s_researchFields)}研究院有限公司",
            UnitType.PublicInstitution => $"{cityShort}市{brand}{random.Pick(s_institutions)}",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    /// <summary>A group company's name, used as the parent (上级单位) of some enterprises.</summary>
    /// <param name="random">The stream to draw from.</param>
    public static string Group(DeterministicRandom random) => $"江苏{Brand(random)}控股集团有限公司";

    /// <summary>An investment firm, association or company that employs a judge.</summary>
    /// <param name="random">The stream to draw from.</param>
    /// <param name="cityShort">City name without 市.</param>
    public static string Employer(DeterministicRandom random, string cityShort) => random.Next(4) switch
    {
        0 => $"{cityShort}{Brand(random)}创业投资管理有限公司",
        1 => $"江苏省{random.Pick(s_researchFields)}学会",
        2 => $"{cityShort}{Brand(random)}{random.Pick(s_universityForms)}",
        _ => $"{cityShort}{Brand(random)}{random.Pick(s_industries)}有限公司",
    };

    private static string Brand(DeterministicRandom random) =>
        string.Concat(BrandCharacters[random.Next(BrandCharacters.Length)].ToString(), BrandCharacters[random.Next(BrandCharacters.Length)].ToString());
}

using Insights.Ingest.Privacy;

namespace Insights.Ingest.Tests.Privacy;

public sealed class PersonalDataProtectorTests
{
    private static readonly byte[] s_key = "0123456789abcdef0123456789abcdef"u8.ToArray();

    [Fact]
    public void Hash_is_hmac_sha256_of_kind_and_normalized_value()
    {
        // Reference values from Python's standard library, independent of .NET:
        // hmac.new(b'0123456789abcdef0123456789abcdef', b'phone:13302387835', hashlib.sha256).hexdigest()[:32]
        var protector = new PersonalDataProtector(s_key);
        Assert.Equal("76ffb96a919b8d9348484e9cdd2933e2", protector.Hash("phone", "13302387835"));
        // hmac.new(key, b'id:32010219900101123X', hashlib.sha256).hexdigest()[:32]
        Assert.Equal("013c1ca58df588e00ceba34cded1256d", protector.Hash("id", "320102 19900101 123x"));
    }

    [Theory]
    [InlineData("13302387835")]
    [InlineData("133 0238 7835")]
    [InlineData("+86 133-0238-7835")]
    [InlineData("0086 13302387835")]
    [InlineData("１３３０２３８７８３５")]
    public void The_same_mobile_number_written_differently_hashes_the_same(string written)
    {
        var protector = new PersonalDataProtector(s_key);
        Assert.Equal(protector.Hash("phone", "13302387835"), protector.Hash("phone", written));
    }

    [Fact]
    public void Another_key_or_kind_gives_another_hash()
    {
        var a = new PersonalDataProtector(s_key);
        var b = new PersonalDataProtector("another key, 16+ characters"u8.ToArray());
        Assert.NotEqual(a.Hash("phone", "13302387835"), b.Hash("phone", "13302387835"));
        Assert.NotEqual(a.Hash("phone", "13302387835"), a.Hash("id", "13302387835"));
        Assert.Null(a.Hash("phone", "  "));
    }

    [Fact]
    public void A_short_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => new PersonalDataProtector([1, 2, 3]));

    [Theory]
    [InlineData("13302387835", "133****7835")]
    [InlineData("0513-59000800", "********0800")]
    [InlineData("123", "***")]
    [InlineData(null, null)]
    public void Phones_are_masked(string? phone, string? masked) => Assert.Equal(masked, PersonalDataProtector.MaskPhone(phone));

    [Theory]
    [InlineData("32010219900101123X", "320102********123X")]
    [InlineData("12345", "*****")]
    public void Id_numbers_are_masked(string id, string masked) => Assert.Equal(masked, PersonalDataProtector.MaskId(id));

    [Theory]
    [InlineData("余飞子", "余*子")]
    [InlineData("陈慧", "陈*")]
    [InlineData("欧阳小明", "欧**明")]
    [InlineData("王", "*")]
    public void Names_are_masked(string name, string masked) => Assert.Equal(masked, PersonalDataProtector.MaskName(name));
}

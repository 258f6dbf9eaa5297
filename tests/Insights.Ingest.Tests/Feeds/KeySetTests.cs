using Insights.Ingest.Feeds;

namespace Insights.Ingest.Tests.Feeds;

public sealed class KeySetTests
{
    [Fact]
    public void Adds_each_hash_once_through_many_growths()
    {
        var set = new KeySet();
        var random = new Random(11);
        var reference = new HashSet<UInt128>();
        for (var i = 0; i < 200_000; i++)
        {
            // Low bits collide often on purpose (i % 5000), so probing and growth are exercised.
            var hash = new UInt128((ulong)random.Next(0, 1000), (ulong)(i % 5000));
            Assert.Equal(reference.Add(hash), set.Add(hash));
        }

        Assert.Equal(reference.Count, set.Count);
    }

    [Fact]
    public void The_zero_hash_is_a_key_like_any_other()
    {
        var set = new KeySet();
        Assert.True(set.Add(UInt128.Zero));
        Assert.False(set.Add(UInt128.Zero));
    }

    [Fact]
    public void Reserving_keeps_the_keys_already_added()
    {
        var set = new KeySet();
        for (var i = 1; i <= 1000; i++)
        {
            set.Add(new UInt128(0, (ulong)i));
        }

        set.Reserve(1_000_000);

        Assert.Equal(1000, set.Count);
        Assert.False(set.Add(new UInt128(0, 500)));
        Assert.True(set.Add(new UInt128(0, 1001)));
    }
}

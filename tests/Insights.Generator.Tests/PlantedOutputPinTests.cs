using System.Security.Cryptography;

namespace Insights.Generator.Tests;

/// <summary>
/// Pins the default (planted) output: seed 7 at 600 projects must keep the bytes it had before
/// <see cref="GeneratorOptions.Plant"/> was added, so the clean path cannot change a planted season by accident.
/// Only the text files are pinned: XLSX bytes (and the manifest, which lists their hashes) depend on the runtime's zlib,
/// and truth/README.md on the line ends of the checked-out source. A deliberate change to the generator updates these
/// hashes: <c>./insights generate --seed 7 --projects 600 --out DIR</c>, then <c>sha256sum</c> the files.
/// </summary>
public sealed class PlantedOutputPinTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "export/complaints/complaints.json", "bc69e2cd773279d191e18c063981f242accc81f8d852c2a38e2f054045fbf73b" },
        { "export/reference/credit_blacklist.csv", "e89c9a93e0ac6332d402b920be71d8f6f08c20558e2a8622c65675130cc3cfde" },
        { "export/registration/projects.json", "49d32779cfe521955df73ecec28b0ba6795bc60b8aa9bd587ec9956e60fc5595" },
        { "export/registration/representatives.csv", "643043f81eaad2419c18b90976e761702b67d48154d9b18b75a19ea39c6ac5bd" },
        { "export/registration/teams.csv", "7d5e330ed678a671df575310c25f4f222e8abc4c2fdd8781a31516289baaef9d" },
        { "export/reviews/panels.csv", "336f140ecb27953ee6d815d61db4a98bdb85ec3d0f40fb4476a95de96ba17981" },
        { "export/reviews/preliminary_onsite_scores.csv", "42e7458bbc96295ae783fbbf7f0c284c375da6abb68e676e5b5e06c16decd624" },
        { "export/reviews/preliminary_written_scores.csv", "44e11963ec16a9f7b0268d0ac1addffb446c11bb96e0d68014e625b2af3e7cb4" },
        { "truth/judges.csv", "4a5716da63c71807ec9b63147a5e7233513cdb91893bc17c2eae27cbaf9c9709" },
        { "truth/planted.csv", "990aff4173a0ea072c5cd2c713425e4a472f929a7e98b351ca75f0e42092a997" },
        { "truth/projects.csv", "e75e6cf0a0a57192b3fc0ac12d0f3db4b16d281e7320c0b338973fdeffeb3eac" },
        { "truth/typos.csv", "0000a5ceb530c7d71f2fcc2e86fc2e35a942b542ba43a4d6d272863ea75381ad" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Seed_7_at_600_projects_keeps_its_bytes(string file, string sha256)
    {
        var season = GeneratedSeason.Shared(600, 7);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(season.Root, file)))));
    }
}

using System.Security.Cryptography;

namespace Insights.Generator.Tests;

/// <summary>
/// Pins the default (planted) output: seed 7 at 600 projects must keep the bytes it had before
/// <see cref="GeneratorOptions.Plant"/> was added, so the clean path cannot change a planted season by accident.
/// Only the text files are pinned: XLSX bytes (and the manifest, which lists their hashes) depend on the runtime's zlib,
/// and truth/README.md on the line ends of the checked-out source. A deliberate change to the generator updates these
/// hashes: <c>./insights generate --seed 7 --projects 600 --out DIR</c>, then <c>sha256sum</c> the files. Last
/// updated for the written review's marks spread over several days and the planted drift judge: written scores
/// (times; the drift judge's marks), and in the drift track the short list, on-site scores and complaints that follow
/// from his marks; truth judges.csv, planted.csv and projects.csv.
/// </summary>
public sealed class PlantedOutputPinTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "export/complaints/complaints.json", "cf2eb39d4e83e6719d44840ea7e7bebaecc5175aa17f363c4be1fa9eb38b9df8" },
        { "export/reference/credit_blacklist.csv", "e89c9a93e0ac6332d402b920be71d8f6f08c20558e2a8622c65675130cc3cfde" },
        { "export/registration/projects.json", "49d32779cfe521955df73ecec28b0ba6795bc60b8aa9bd587ec9956e60fc5595" },
        { "export/registration/representatives.csv", "643043f81eaad2419c18b90976e761702b67d48154d9b18b75a19ea39c6ac5bd" },
        { "export/registration/teams.csv", "7d5e330ed678a671df575310c25f4f222e8abc4c2fdd8781a31516289baaef9d" },
        { "export/reviews/panels.csv", "336f140ecb27953ee6d815d61db4a98bdb85ec3d0f40fb4476a95de96ba17981" },
        { "export/reviews/preliminary_onsite_scores.csv", "505b84fef4edff4fc6a321316aa17c496efe674600294c2047570576cdb7357e" },
        { "export/reviews/preliminary_written_scores.csv", "f07438f2660c8eb19c915aad2720525a1e165d8b9a6e260734652784d86168ac" },
        { "truth/judges.csv", "ac9a8fafeccf46d3b8ad9afd48c8be4de0b6e4f30bce2b47d1e56b107faa9e87" },
        { "truth/planted.csv", "cbee777e8ba7bc51b515a4c205652889f62ad6a3920ac4da53a360c76ca48639" },
        { "truth/projects.csv", "791e7407b5f769b6ea96c2466f8a05f7ec736e8babc48b1b015efd4ce1c8ecf9" },
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

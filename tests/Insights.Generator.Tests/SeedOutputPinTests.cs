using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ExcelDataReader;

namespace Insights.Generator.Tests;

/// <summary>
/// Pins three more seasons than <see cref="PlantedOutputPinTests"/> (which pins seed 7 at 600 projects): a small
/// planted one (150 projects, seed 3), the smallest (120, seed 5) and a clean one (600, seed 11), so a change that
/// moves a single random draw of any step shows. The hashes were taken from main's generator (commit 6cf5d92) BEFORE
/// it was split into one type per step, with the same options through <c>SeasonFiles.Generate</c> as
/// <c>insights generate --projects N --seed S [--clean]</c> uses, and the split kept them. Text files are pinned by
/// their bytes; XLSX files (whose bytes depend on the runtime's zlib) by their cells as ExcelDataReader reads them,
/// one line per row, cells tab-separated in invariant culture. The manifest (XLSX hashes) and truth/README.md (line
/// ends of the checked-out source) are not pinned. A deliberate change to the generator updates these hashes.
/// </summary>
public sealed class SeedOutputPinTests
{
    public static TheoryData<int, ulong, bool, string, string> TextFiles => new()
    {
        { 150, 3, true, "export/complaints/complaints.json", "a1d991de9a97e52a1ac382f81616f8153991845fcd5ba3653167cd76e7bdc725" },
        { 150, 3, true, "export/reference/credit_blacklist.csv", "3041a341508b37d23bca3f581c727af2e5ea6d2da770cacf2b5efe9b1b6f54f9" },
        { 150, 3, true, "export/registration/projects.json", "251229c497fe218a93a64fc2a5340044cb3fe705312f3f9f21a23fc041e23f2b" },
        { 150, 3, true, "export/registration/representatives.csv", "0d18611fe9d838bfdbfa4ffca57c6a889bf0dacd950e0db9dee296ca5e355ee2" },
        { 150, 3, true, "export/registration/teams.csv", "b176ab18b710b80e5291f3d11b8f2d81dcfffe1c342efb4bbb2475e859ea2312" },
        { 150, 3, true, "export/reviews/panels.csv", "d350fb9caefe7a8d2aa066872fd232ac5fd45b3d45e6a69033074199f9387532" },
        { 150, 3, true, "export/reviews/preliminary_onsite_scores.csv", "e36f9b96fc764ee1dd90b21a1e3dc04f4e2337d409a678b1e1d949eedcdae557" },
        { 150, 3, true, "export/reviews/preliminary_written_scores.csv", "96d0c1ef47fae8dda1a85c3d86e6d7b7b85593bb83f393878142dcaa4cdd7384" },
        { 150, 3, true, "truth/judges.csv", "eb6a1ca99ab312704e45d71aee14420a8d2794bb6c3596d9f25aea53a84fff47" },
        { 150, 3, true, "truth/planted.csv", "90c30d2ec924b797e429f5c8b397457939ae018621b3de315f214f5028c5cd5d" },
        { 150, 3, true, "truth/projects.csv", "81e9fb0480aacb5d34ba43d539137a053ebb40086a34b5947f9420a91801192d" },
        { 150, 3, true, "truth/typos.csv", "a79321396a9d5187ab9eb89abcc1c440430ea6d55d51611b100994e9f7939cab" },
        { 600, 11, false, "export/complaints/complaints.json", "581cacef7fcbef5655a796c644b37783783bfa17abf727f0b21db9e6c8bf0bd2" },
        { 600, 11, false, "export/reference/credit_blacklist.csv", "48e9c15ca5cd8fd3b16aef77236b3855e961ca7392bb4e1eefc880b537c8ce39" },
        { 600, 11, false, "export/registration/projects.json", "21ba331135e6c4aa3f4dfa03140fad746e9eec43a024d6b9134ba272f8a395fd" },
        { 600, 11, false, "export/registration/representatives.csv", "af41ce24a10452101f25b05d308c1041db7dce5fa22d25c97bb84d001e159100" },
        { 600, 11, false, "export/registration/teams.csv", "42ed5a7ca7cf4abb9ba636cd8fbadbf0b08489c245875a2753156dfe4a412c01" },
        { 600, 11, false, "export/reviews/panels.csv", "340543ce9ddd229e24e19ce5409183fbcca440b39bb67ce5aa39b394db63b833" },
        { 600, 11, false, "export/reviews/preliminary_onsite_scores.csv", "16d5ee35961cba15ba571730ca2115334f08c2f706bd82c9a4cff88eb8ae2d14" },
        { 600, 11, false, "export/reviews/preliminary_written_scores.csv", "5d0f366aef1a210e5a499f18ad28d066e14f950717b0808c4260c32205668a91" },
        { 600, 11, false, "truth/judges.csv", "d16d05229b5c2f7a5726acec714b6a687af27cb60ccab3628852e6bfc85a42d3" },
        { 600, 11, false, "truth/planted.csv", "dfb2f8f9a3bc7a5d52f21ee4e3216a0c1c19d8c963cb4531e2d9a3ccd0b5cc6d" },
        { 600, 11, false, "truth/projects.csv", "a580571850bc32b10fadcf49de00bd0ce9267fc09b23cb3652ce347fb0bfa149" },
        { 600, 11, false, "truth/typos.csv", "e71052c92f23d354b3cbec94042d036ef24db50a556e0e8e62d0b70a449bb500" },
        { 120, 5, true, "export/complaints/complaints.json", "7cdd999b772414124705ff53a865fd325bae589a72741390900c204e80ba9061" },
        { 120, 5, true, "export/reference/credit_blacklist.csv", "992f1be9d628e0b36aa6dd1211e9cfdef65f5e9cc9efad6a5329302cf4765df3" },
        { 120, 5, true, "export/registration/projects.json", "561e3fce760a0083df31515016c8b94f1729c162a5f02d4bf604c2d06f24798d" },
        { 120, 5, true, "export/registration/representatives.csv", "805da69089e928dea901b4c8101bfcf192acb1eeb17964fe6d0121725ed409b9" },
        { 120, 5, true, "export/registration/teams.csv", "52897d6ac5b8ed5d8dcb40259c0945b9b399895a96c84739afa8c6dbc33a5153" },
        { 120, 5, true, "export/reviews/panels.csv", "ee73d818c97996c608e98bd8851dd837f88954919524bfa7dc99caec0291f62c" },
        { 120, 5, true, "export/reviews/preliminary_onsite_scores.csv", "e14e84a2d89681ec17583eee51f246cc74a466133a36eca88ef0a665c1535094" },
        { 120, 5, true, "export/reviews/preliminary_written_scores.csv", "95cfa22bfa1ec4f9af45cd193b8c29eaf2868f829123483038bad0ef6fc0c7c1" },
        { 120, 5, true, "truth/judges.csv", "6e66e3ad8c76414dd9195547418b206058f78ef82b74c3c1f4883c3ad418c964" },
        { 120, 5, true, "truth/planted.csv", "b7ec0c9be871d3d474e00a2d6c8e97ccc5030570cb430354c9fc0ccc554c31a1" },
        { 120, 5, true, "truth/projects.csv", "028efe1480c2ce54fe6c8af9f99f229ae7f4a75d88f7e870d5d757c8c0f69bba" },
        { 120, 5, true, "truth/typos.csv", "bbaa089842ef3c707ec4b5485521a209e314e040c0b0c88d068e616bf74546da" },
    };

    public static TheoryData<int, ulong, bool, string, string> Spreadsheets => new()
    {
        { 120, 5, true, "export/awards/awards.xlsx", "93bb17d2df2e380156c706b37d2d44cae8438e062c997ab4fe7a3a12a87cdcac" },
        { 120, 5, true, "export/registration/units.xlsx", "d57af8fdf285571329c44a538dcc2aee15cffaf10c56803f520da876c6986a75" },
        { 120, 5, true, "export/reviews/final_roadshow_scores.xlsx", "1d84b1bba025cb22a5fdbda3b72cc21d45e71127d4169c90a8ff576ba377c840" },
        { 120, 5, true, "export/reviews/judges.xlsx", "954d362021c6b4578b343f0c100cb1c3d09ace5993afcd3000070458003a5ab7" },
        { 150, 3, true, "export/awards/awards.xlsx", "e01f9e4128a7449444c3aa24bed2321ad8ea51ad05ca7edde5b649ba4ed9b619" },
        { 150, 3, true, "export/registration/units.xlsx", "cf480030821a67e09550dc383dd4becd4d5429b26e480e740681300cfee4f7f7" },
        { 150, 3, true, "export/reviews/final_roadshow_scores.xlsx", "83de79b34048fc790761405fc106c4b80415198e23979842f8eae3dbeb69a3a0" },
        { 150, 3, true, "export/reviews/judges.xlsx", "e56c709dd5c1de6a8be98c43a0098da283f87b41204b8018d67e48b920ae3270" },
        { 600, 11, false, "export/awards/awards.xlsx", "710bb9639ab475e0ddabe266e5dcb00237d718716d9430292e38baf919c04d9e" },
        { 600, 11, false, "export/registration/units.xlsx", "a022e60284ec215fa4f085147f4d0353ad9540224bedd0ee4ff0ae084ba74130" },
        { 600, 11, false, "export/reviews/final_roadshow_scores.xlsx", "05b2fb4540e29b8de2157eab6c8f40306ce3377a921496e06b2dec9074674583" },
        { 600, 11, false, "export/reviews/judges.xlsx", "24dd406fcd649e3728b6235ce2c6ee7d14b047255f26b2acb04c20629527de35" },
    };

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void Text_files_keep_their_bytes(int projects, ulong seed, bool plant, string file, string sha256)
    {
        var season = GeneratedSeason.Shared(projects, seed, plant);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(season.Root, file)))));
    }

    [Theory]
    [MemberData(nameof(Spreadsheets))]
    public void Spreadsheets_keep_their_cells(int projects, ulong seed, bool plant, string file, string sha256)
    {
        var season = GeneratedSeason.Shared(projects, seed, plant);
        Assert.Equal(sha256, CellHash(Path.Combine(season.Root, file)));
    }

    /// <summary>SHA-256 of the first sheet's cells: rows on lines, cells tab-separated, invariant culture.</summary>
    private static string CellHash(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var text = new StringBuilder();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(i == 0 ? "" : "\t").Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

using System.Resources;

// Strings.resx holds the Chinese texts: Chinese is the neutral language, English the satellite.
[assembly: NeutralResourcesLanguage("zh-CN")]

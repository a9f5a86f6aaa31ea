namespace Linli.Web.Platform.Exports;

/// <summary>The content types of the Office files Linli writes and accepts.</summary>
public static class OfficeTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

using System.Text.Json;
using Linli.Web.Platform.Api;

namespace Linli.Web.Modules.Care.Health;

/// <summary>
/// What a measurement may carry, in the units Chinese community clinics use: blood pressure and pulse (mmHg, beats
/// per minute), glucose fasting or not, uric acid (μmol/L), total cholesterol (mmol/L), height (cm), weight (kg),
/// the BMI worked out from them, body temperature (°C), vision on the five-point chart (4.0–5.3).
/// </summary>
public sealed record MeasurementValues(int? Systolic, int? Diastolic, int? Pulse, decimal? FastingGlucose, decimal? Glucose, int? UricAcid, decimal? Cholesterol,
    decimal? HeightCm, decimal? WeightKg, decimal? Temperature, decimal? VisionLeft, decimal? VisionRight)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public decimal? Bmi => HeightCm is { } h && WeightKg is { } w ? Math.Round(w / (h / 100m * (h / 100m)), 1) : null;

    public string Seal() => JsonSerializer.Serialize(this, Json);

    public static MeasurementValues Open(string sealedValues) => JsonSerializer.Deserialize<MeasurementValues>(sealedValues, Json)!;

    /// <summary>The plausible range of every value: a typing slip (400/20, a glucose of 0) is refused, nothing written.</summary>
    public void Check(Dictionary<string, FieldError> errors)
    {
        Range(errors, "systolic", Systolic, 50, 300);
        Range(errors, "diastolic", Diastolic, 30, 200);
        if (Systolic is null != Diastolic is null) errors.TryAdd(Systolic is null ? "systolic" : "diastolic", new("Care.PressurePair"));
        else if (Systolic <= Diastolic) errors.TryAdd("diastolic", new("Care.DiastolicAboveSystolic"));
        Range(errors, "pulse", Pulse, 20, 250);
        Range(errors, "fastingGlucose", FastingGlucose, 1.0m, 40m);
        Range(errors, "glucose", Glucose, 1.0m, 40m);
        Range(errors, "uricAcid", UricAcid, 50, 1500);
        Range(errors, "cholesterol", Cholesterol, 1.0m, 20m);
        Range(errors, "heightCm", HeightCm, 50m, 250m);
        Range(errors, "weightKg", WeightKg, 10m, 300m);
        Range(errors, "temperature", Temperature, 34m, 43m);
        Range(errors, "visionLeft", VisionLeft, 3.0m, 5.3m);
        Range(errors, "visionRight", VisionRight, 3.0m, 5.3m);
        if (this == Empty) errors.TryAdd("systolic", new("Care.NoValue"));
    }

    private static readonly MeasurementValues Empty = new(null, null, null, null, null, null, null, null, null, null, null, null);

    private static void Range<T>(Dictionary<string, FieldError> errors, string field, T? value, T min, T max) where T : struct, IComparable<T>
    {
        if (value is { } v && (v.CompareTo(min) < 0 || v.CompareTo(max) > 0)) errors[field] = new("Validation.Range", min, max);
    }
}

# The __future__ module's feature records.
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, feat, feat.getOptionalRelease(), feat.getMandatoryRelease(), feat.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
print(type(__future__.annotations).__name__)

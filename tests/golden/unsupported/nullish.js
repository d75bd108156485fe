var s = null ?? "default";

// More statically nested blocks than CPython's 20 (node runs them): the
// compiler hoists the deepest statements into nested functions, keeping
// break/continue/return, closures and variables.
var count = 0;
for (var a0 = 0; a0 < 1; a0++) {
  for (var a1 = 0; a1 < 1; a1++) {
    for (var a2 = 0; a2 < 1; a2++) {
      for (var a3 = 0; a3 < 1; a3++) {
        for (var a4 = 0; a4 < 1; a4++) {
          for (var a5 = 0; a5 < 1; a5++) {
            for (var a6 = 0; a6 < 1; a6++) {
              for (var a7 = 0; a7 < 1; a7++) {
                for (var a8 = 0; a8 < 1; a8++) {
                  for (var a9 = 0; a9 < 1; a9++) {
                    for (var a10 = 0; a10 < 1; a10++) {
                      for (var a11 = 0; a11 < 1; a11++) {
                        for (var a12 = 0; a12 < 1; a12++) {
                          for (var a13 = 0; a13 < 1; a13++) {
                            for (var a14 = 0; a14 < 1; a14++) {
                              for (var a15 = 0; a15 < 1; a15++) {
                                for (var a16 = 0; a16 < 1; a16++) {
                                  for (var a17 = 0; a17 < 1; a17++) {
                                    for (var a18 = 0; a18 < 1; a18++) {
                                      for (var a19 = 0; a19 < 1; a19++) {
                                        for (var a20 = 0; a20 < 1; a20++) {
                                          for (var a21 = 0; a21 < 1; a21++) {
                                            for (var a22 = 0; a22 < 1; a22++) {
                                              for (var a23 = 0; a23 < 1; a23++) {
                                                for (var a24 = 0; a24 < 1; a24++) {
                                                  for (var a25 = 0; a25 < 1; a25++) {
                                                    for (var a26 = 0; a26 < 1; a26++) {
                                                      for (var a27 = 0; a27 < 1; a27++) {
                                                        for (var a28 = 0; a28 < 1; a28++) {
                                                          for (var a29 = 0; a29 < 1; a29++) {
                                                            for (var a30 = 0; a30 < 1; a30++) {
                                                              for (var a31 = 0; a31 < 1; a31++) {
                                                                for (var a32 = 0; a32 < 1; a32++) {
                                                                  for (var a33 = 0; a33 < 1; a33++) {
                                                                    for (var a34 = 0; a34 < 1; a34++) {
                                                                      for (var a35 = 0; a35 < 1; a35++) {
                                                                        for (var a36 = 0; a36 < 1; a36++) {
                                                                          for (var a37 = 0; a37 < 1; a37++) {
                                                                            for (var a38 = 0; a38 < 1; a38++) {
                                                                              for (var a39 = 0; a39 < 1; a39++) {
                                                                                for (var a40 = 0; a40 < 1; a40++) {
                                                                                  for (var a41 = 0; a41 < 1; a41++) {
                                                                                    for (var a42 = 0; a42 < 1; a42++) {
                                                                                      for (var a43 = 0; a43 < 1; a43++) {
                                                                                        for (var a44 = 0; a44 < 1; a44++) {
                                                                                          for (var a45 = 0; a45 < 1; a45++) {
                                                                                            for (var a46 = 0; a46 < 1; a46++) {
                                                                                              for (var a47 = 0; a47 < 1; a47++) {
                                                                                                for (var a48 = 0; a48 < 1; a48++) {
                                                                                                  for (var a49 = 0; a49 < 1; a49++) {
                                                                                                    for (var a50 = 0; a50 < 1; a50++) {
                                                                                                      for (var a51 = 0; a51 < 1; a51++) {
                                                                                                        for (var a52 = 0; a52 < 1; a52++) {
                                                                                                          for (var a53 = 0; a53 < 1; a53++) {
                                                                                                            for (var a54 = 0; a54 < 1; a54++) {
                                                                                                              for (var a55 = 0; a55 < 1; a55++) {
                                                                                                                for (var a56 = 0; a56 < 1; a56++) {
                                                                                                                  for (var a57 = 0; a57 < 1; a57++) {
                                                                                                                    for (var a58 = 0; a58 < 1; a58++) {
                                                                                                                      for (var a59 = 0; a59 < 1; a59++) {
                                                                                                                        for (var a60 = 0; a60 < 1; a60++) {
                                                                                                                          for (var a61 = 0; a61 < 1; a61++) {
                                                                                                                            for (var a62 = 0; a62 < 1; a62++) {
                                                                                                                              for (var a63 = 0; a63 < 1; a63++) {
                                                                                                                                for (var a64 = 0; a64 < 1; a64++) {
                                                                                                                                  for (var a65 = 0; a65 < 1; a65++) {
                                                                                                                                    for (var a66 = 0; a66 < 1; a66++) {
                                                                                                                                      for (var a67 = 0; a67 < 1; a67++) {
                                                                                                                                        for (var a68 = 0; a68 < 1; a68++) {
                                                                                                                                          for (var a69 = 0; a69 < 1; a69++) {
                                                                                                                                            for (var a70 = 0; a70 < 1; a70++) {
                                                                                                                                              for (var a71 = 0; a71 < 1; a71++) {
                                                                                                                                                for (var a72 = 0; a72 < 1; a72++) {
                                                                                                                                                  for (var a73 = 0; a73 < 1; a73++) {
                                                                                                                                                    for (var a74 = 0; a74 < 1; a74++) {
                                                                                                                                                      for (var a75 = 0; a75 < 1; a75++) {
                                                                                                                                                        for (var a76 = 0; a76 < 1; a76++) {
                                                                                                                                                          for (var a77 = 0; a77 < 1; a77++) {
                                                                                                                                                            for (var a78 = 0; a78 < 1; a78++) {
                                                                                                                                                              for (var a79 = 0; a79 < 1; a79++) {
                                                                                                                                                                for (var a80 = 0; a80 < 1; a80++) {
                                                                                                                                                                  for (var a81 = 0; a81 < 1; a81++) {
                                                                                                                                                                    for (var a82 = 0; a82 < 1; a82++) {
                                                                                                                                                                      for (var a83 = 0; a83 < 1; a83++) {
                                                                                                                                                                        for (var a84 = 0; a84 < 1; a84++) {
                                                                                                                                                                          for (var a85 = 0; a85 < 1; a85++) {
                                                                                                                                                                            for (var a86 = 0; a86 < 1; a86++) {
                                                                                                                                                                              for (var a87 = 0; a87 < 1; a87++) {
                                                                                                                                                                                for (var a88 = 0; a88 < 1; a88++) {
                                                                                                                                                                                  for (var a89 = 0; a89 < 1; a89++) {
                                                                                                                                                                                    for (var a90 = 0; a90 < 1; a90++) {
                                                                                                                                                                                      for (var a91 = 0; a91 < 1; a91++) {
                                                                                                                                                                                        for (var a92 = 0; a92 < 1; a92++) {
                                                                                                                                                                                          for (var a93 = 0; a93 < 1; a93++) {
                                                                                                                                                                                            for (var a94 = 0; a94 < 1; a94++) {
                                                                                                                                                                                              for (var a95 = 0; a95 < 1; a95++) {
                                                                                                                                                                                                for (var a96 = 0; a96 < 1; a96++) {
                                                                                                                                                                                                  for (var a97 = 0; a97 < 1; a97++) {
                                                                                                                                                                                                    for (var a98 = 0; a98 < 1; a98++) {
                                                                                                                                                                                                      for (var a99 = 0; a99 < 1; a99++) {
count++;
                                                                                                                                                                                                      }
                                                                                                                                                                                                    }
                                                                                                                                                                                                  }
                                                                                                                                                                                                }
                                                                                                                                                                                              }
                                                                                                                                                                                            }
                                                                                                                                                                                          }
                                                                                                                                                                                        }
                                                                                                                                                                                      }
                                                                                                                                                                                    }
                                                                                                                                                                                  }
                                                                                                                                                                                }
                                                                                                                                                                              }
                                                                                                                                                                            }
                                                                                                                                                                          }
                                                                                                                                                                        }
                                                                                                                                                                      }
                                                                                                                                                                    }
                                                                                                                                                                  }
                                                                                                                                                                }
                                                                                                                                                              }
                                                                                                                                                            }
                                                                                                                                                          }
                                                                                                                                                        }
                                                                                                                                                      }
                                                                                                                                                    }
                                                                                                                                                  }
                                                                                                                                                }
                                                                                                                                              }
                                                                                                                                            }
                                                                                                                                          }
                                                                                                                                        }
                                                                                                                                      }
                                                                                                                                    }
                                                                                                                                  }
                                                                                                                                }
                                                                                                                              }
                                                                                                                            }
                                                                                                                          }
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
console.log(count);
function deep() {
  var hits = [], fs = [];
for (var b0 = 0; b0 < 2; b0++) {
  for (var b1 = 0; b1 < 2; b1++) {
    for (var b2 = 0; b2 < 2; b2++) {
      for (var b3 = 0; b3 < 2; b3++) {
        for (var b4 = 0; b4 < 2; b4++) {
          for (var b5 = 0; b5 < 2; b5++) {
            for (var b6 = 0; b6 < 2; b6++) {
              for (var b7 = 0; b7 < 2; b7++) {
                for (var b8 = 0; b8 < 2; b8++) {
                  for (var b9 = 0; b9 < 2; b9++) {
                    for (var b10 = 0; b10 < 2; b10++) {
                      for (var b11 = 0; b11 < 2; b11++) {
                        for (var b12 = 0; b12 < 2; b12++) {
                          for (var b13 = 0; b13 < 2; b13++) {
                            for (var b14 = 0; b14 < 2; b14++) {
                              for (var b15 = 0; b15 < 2; b15++) {
                                for (var b16 = 0; b16 < 2; b16++) {
                                  for (var b17 = 0; b17 < 2; b17++) {
                                    for (var b18 = 0; b18 < 2; b18++) {
                                      for (var b19 = 0; b19 < 2; b19++) {
                                        for (var b20 = 0; b20 < 2; b20++) {
                                          for (var b21 = 0; b21 < 2; b21++) {
                                            for (var b22 = 0; b22 < 2; b22++) {
                                              for (var b23 = 0; b23 < 2; b23++) {
if (b23 === 1) continue;
if (b22 === 1) break;
hits.push(b0 + '' + b20);
fs.push(function () { return b21; });
if (hits.length === 5) return hits.length + ':' + fs.length + ':' + fs[0]();
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
  return 'never';
}
console.log(deep());
function withTry() {
  var log = [];
  outer: for (var k = 0; k < 3; k++) {
  try {
  try {
  try {
  try {
  try {
  try {
  try {
  try {
  try {
  try {
  try {
  try {
    if (k === 1) continue outer;
    if (k === 2) break outer;
    throw 'e' + k;
  } catch (e0) { log.push(e0); throw e0 + '!'; }
  } catch (e1) { log.push(e1); throw e1 + '!'; }
  } catch (e2) { log.push(e2); throw e2 + '!'; }
  } catch (e3) { log.push(e3); throw e3 + '!'; }
  } catch (e4) { log.push(e4); throw e4 + '!'; }
  } catch (e5) { log.push(e5); throw e5 + '!'; }
  } catch (e6) { log.push(e6); throw e6 + '!'; }
  } catch (e7) { log.push(e7); throw e7 + '!'; }
  } catch (e8) { log.push(e8); throw e8 + '!'; }
  } catch (e9) { log.push(e9); throw e9 + '!'; }
  } catch (e10) { log.push(e10); throw e10 + '!'; }
  } catch (last) { log.push(last.length); }
  }
  return log.join(',') + ' k=' + k;
}
console.log(withTry());
var s = 0;
for (var w0 = 0; w0 < 1; w0++) {
  for (var w1 = 0; w1 < 1; w1++) {
    for (var w2 = 0; w2 < 1; w2++) {
      for (var w3 = 0; w3 < 1; w3++) {
        for (var w4 = 0; w4 < 1; w4++) {
          for (var w5 = 0; w5 < 1; w5++) {
            for (var w6 = 0; w6 < 1; w6++) {
              for (var w7 = 0; w7 < 1; w7++) {
                for (var w8 = 0; w8 < 1; w8++) {
                  for (var w9 = 0; w9 < 1; w9++) {
                    for (var w10 = 0; w10 < 1; w10++) {
                      for (var w11 = 0; w11 < 1; w11++) {
                        for (var w12 = 0; w12 < 1; w12++) {
                          for (var w13 = 0; w13 < 1; w13++) {
                            for (var w14 = 0; w14 < 1; w14++) {
                              for (var w15 = 0; w15 < 1; w15++) {
                                for (var w16 = 0; w16 < 1; w16++) {
                                  for (var w17 = 0; w17 < 1; w17++) {
                                    for (var w18 = 0; w18 < 1; w18++) {
                                      for (var w19 = 0; w19 < 1; w19++) {
                                        for (var w20 = 0; w20 < 1; w20++) {
                                          for (var w21 = 0; w21 < 1; w21++) {
s += 1; var made = function () { return s; };
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
console.log(made());
// expect: 1
// expect: 5:5:0
// expect: e0,e0!,e0!!,e0!!!,e0!!!!,e0!!!!!,e0!!!!!!,e0!!!!!!!,e0!!!!!!!!,e0!!!!!!!!!,e0!!!!!!!!!!,13 k=2
// expect: 1

# Run by CPack (CPACK_PRE_BUILD_SCRIPTS, see packaging/CPackPlatforms.cmake) in its staging
# tree, before the DMG is made from it: one self-contained app bundle, with b24mail and the
# sample portal inside it, Qt and QtKeychain deployed by macdeployqt, and a code signature.
#
# Signing, from the environment of the cpack run:
#   MB_MACOS_SIGN_IDENTITY  a "Developer ID Application: ..." identity in the keychain;
#                           without it the bundle is signed ad hoc (Apple silicon runs
#                           nothing unsigned), which Gatekeeper still warns about.

if(NOT CPACK_GENERATOR STREQUAL "DragNDrop")
    return()
endif()

file(GLOB_RECURSE plist "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app/Contents/Info.plist")
if(NOT plist)
    message(FATAL_ERROR "deploy: no app bundle under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
list(GET plist 0 plist)
get_filename_component(contents "${plist}" DIRECTORY)
get_filename_component(bundle "${contents}" DIRECTORY)
set(macos_dir "${contents}/MacOS")

# A DMG holds the bundle alone: the other programs move into it (the demo finds the portal
# next to the app), and the folders they came from go.
set(helpers)
foreach(program b24mail b24-fake-portal)
    if(NOT EXISTS "${macos_dir}/${program}")
        file(GLOB_RECURSE found "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/${program}")
        if(found)
            list(GET found 0 found)
            file(RENAME "${found}" "${macos_dir}/${program}")
        endif()
    endif()
    if(EXISTS "${macos_dir}/${program}")
        list(APPEND helpers "-executable=${macos_dir}/${program}")
    endif()
endforeach()
file(GLOB top_level LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(entry IN LISTS top_level)
    if(IS_DIRECTORY "${entry}" AND NOT entry STREQUAL bundle)
        file(GLOB_RECURSE files "${entry}/*")
        if(NOT files)
            file(REMOVE_RECURSE "${entry}")
        endif()
    endif()
endforeach()

if(NOT CPACK_MB_DEPLOYQT)
    message(FATAL_ERROR "deploy: macdeployqt was not found when the build was configured")
endif()
set(sign_options)
set(identity "$ENV{MB_MACOS_SIGN_IDENTITY}")
if(identity)
    # Hardened runtime and a secure time stamp: what notarisation asks for.
    set(sign_options "-codesign=${identity}" -hardened-runtime -timestamp)
endif()
get_filename_component(keychain_dir "${CPACK_MB_KEYCHAIN_LIBRARY}" DIRECTORY)
execute_process(
    COMMAND "${CPACK_MB_DEPLOYQT}" "${bundle}" ${helpers} "-libpath=${keychain_dir}"
            -always-overwrite ${sign_options}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "deploy: macdeployqt failed (${status})")
endif()

# macdeployqt signs the frameworks, plugins and the main program; the helpers and then the
# bundle as a whole are signed here, inside out, as codesign wants.
if(identity)
    set(codesign codesign --force --options runtime --timestamp --sign "${identity}")
else()
    set(codesign codesign --force --sign -)
endif()
foreach(program b24mail b24-fake-portal)
    if(EXISTS "${macos_dir}/${program}")
        execute_process(COMMAND ${codesign} "${macos_dir}/${program}" RESULT_VARIABLE status)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "deploy: codesign ${program} failed (${status})")
        endif()
    endif()
endforeach()
if(NOT identity)
    # Ad hoc: every library macdeployqt rewrote needs a fresh signature too.
    list(APPEND codesign --deep)
endif()
execute_process(COMMAND ${codesign} "${bundle}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "deploy: codesign of the bundle failed (${status})")
endif()
execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${bundle}"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "deploy: the bundle's signature does not verify (${status})")
endif()
